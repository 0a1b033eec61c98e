"""Keep notebooks rendered as pages in both languages.

mkdocs-static-i18n rebuilds every File as a plain File, which turns mkdocs-jupyter's notebook pages back
into assets (served as raw JSON). Wrap them again, keeping the page URL that static-i18n gave them
(`en/guides/first-steps/`); NotebookFile would otherwise recompute it from the suffixed source name.
"""

import posixpath
import re
from pathlib import Path
from types import SimpleNamespace

from mkdocs.plugins import event_priority
from mkdocs_jupyter.plugin import NotebookFile
from wikilib.layout import LANGS, page_url, sibling


@event_priority(-110)  # after mkdocs-static-i18n (-100)
def on_files(files, config):
    for file in list(files):
        if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
            notebook = NotebookFile(file, **config)
            notebook.dest_path, notebook.abs_dest_path, notebook.url = file.dest_path, file.abs_dest_path, file.url
            # static-i18n tracks language alternates of pages only; the language switch needs them.
            source = Path(file.abs_src_path)
            file.alternates = {
                lang: SimpleNamespace(url=page_url(sibling(source, lang), lang))
                for lang in LANGS
                if sibling(source, lang).exists()
            }
            files.remove(file)
            files.append(notebook)
    return files


RE_HEADING = re.compile(r'<h([1-6])([^>]*?) id="[^"]*"')
RE_MD_LINK = re.compile(r'href="([^":#]+)\.md(#[^"]*)?"')
RE_ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="#[^"]*">[^<]*</a>')


def on_page_content(html, page, config, files):
    """Notebook HTML (from nbconvert) gives Korean headings empty ids and links to .md files as written: give
    each heading the id the table of contents links to (dropping nbconvert's own heading links), and point .md
    links at the page they name."""
    if not page.file.src_uri.endswith(".ipynb"):
        return html
    anchors = iter([item.id for item in _flat(page.toc)])
    html = RE_ANCHOR_LINK.sub("", html)  # nbconvert's own heading links, with ids of their own making
    html = RE_HEADING.sub(lambda m: f'<h{m.group(1)}{m.group(2)} id="{next(anchors, "")}"', html)

    def link(m):
        target = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), m.group(1)))
        lang = config.theme["language"]
        found = files.get_file_from_path(f"{target}.{lang}.md") or files.get_file_from_path(f"{target}.md")
        if found is None:
            return m.group(0)
        return f'href="{found.url_relative_to(page.file)}{m.group(2) or ""}"'

    return RE_MD_LINK.sub(link, html)


def _flat(items):
    for item in items:
        yield item
        yield from _flat(item.children)
