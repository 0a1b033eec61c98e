"""The MkDocs adapter: the only module that knows MkDocs (and mkdocs-static-i18n, mkdocs-jupyter). It takes
one snapshot per build, hands every page to wikisite.transforms, writes wikisite.outputs, and fixes what the
generator and its plugins get wrong. Moving to another generator means rewriting this file.

mkdocs-static-i18n builds the site once per language, each time running every event of this plugin, the
default language first; its own on_post_build (priority -100) runs the other languages' builds."""

import json
import posixpath
import re
from pathlib import Path
from types import SimpleNamespace

from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File
from mkdocs.structure.nav import Section, _add_previous_and_next_links, _get_by_type
from mkdocs.structure.pages import Page as MkDocsPage
from mkdocs_jupyter.plugin import NotebookFile
from mkdocs_static_i18n.suffix import create_i18n_file
from wikilib.errors import WikiError
from wikilib.interface import texts
from wikilib.layout import DEFAULT_LANG, DOCS, EVIDENCE_DIR, LANGS, ROOT, SNIPPETS, page_lang, page_url, sibling

from . import outputs, search
from .rendered import breakable_code, check_code_shown, mark_output_lines, notebook_headings, notebook_html
from .snapshot import Snapshot, take_snapshot
from .transforms import is_concept_page, transform_page

CHECKLIST_TEXT = texts("checklist")
RE_ALTERNATE_LINK = re.compile(r'\n?[ \t]*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


class WikiPlugin(BasePlugin):
    def __init__(self):
        super().__init__()
        self.snap: Snapshot | None = None
        self.listed: dict[str, list[tuple[str, str, str]]] = {lang: [] for lang in LANGS}  # for llms.txt

    @staticmethod
    def lang(config) -> str:
        return config.theme["language"]

    def on_pre_build(self, config):
        if self.lang(config) == DEFAULT_LANG or self.snap is None:  # a new build (not its other language)
            try:
                self.snap = take_snapshot()
            except WikiError as err:
                raise PluginError(str(err)) from None
            self.listed = {lang: [] for lang in LANGS}

    @event_priority(-110)  # after mkdocs-static-i18n (-100)
    def on_files(self, files, config):
        for file in list(files):
            if file.src_uri.endswith(".ipynb") and not isinstance(file, NotebookFile):
                files.remove(file)
                files.append(_notebook_file(file, config))
        if self.lang(config) == DEFAULT_LANG:
            for file in _untranslated_files(config):
                files.append(file)
        return files

    @event_priority(-110)  # after mkdocs-static-i18n (-100)
    def on_nav(self, nav, config, files):
        """Categories in the registry's order, named in the reader's language; topics in the registry's order."""
        lang, registry = self.lang(config), self.snap.registry
        order = {c.id: i for i, c in enumerate(registry.categories)}
        topic_order = {t: i for i, t in enumerate(registry.topics)}
        names = {c.id: c.names[lang] for c in registry.categories} | {"guides": CHECKLIST_TEXT[lang]["guides"]}
        for item in nav.items:
            if isinstance(item, Section):
                item.title = names.get(_folder(item), item.title)
                item.children.sort(
                    key=lambda p: (
                        topic_order.get(Path(p.file.src_uri).name.split(".")[0], 999) if hasattr(p, "file") else 999
                    )
                )
        nav.items.sort(
            key=lambda item: (1, order.get(_folder(item), len(order))) if isinstance(item, Section) else (0, 0)
        )
        nav.pages = _get_by_type(nav.items, MkDocsPage)
        _add_previous_and_next_links(nav.pages)
        return nav

    def on_page_markdown(self, markdown, page, config, files):
        source, lang = self.snap.page(Path(page.file.abs_src_path)), self.lang(config)
        try:
            markdown, copy = transform_page(markdown, source, self.snap, lang)
        except WikiError as err:
            raise PluginError(str(err)) from None
        if is_concept_page(source):
            folder = Path(config.site_dir, page.file.dest_path).parent
            for name, text in outputs.reader_files(copy, source, lang, page.canonical_url).items():
                outputs.write(folder / name, text)
            page.meta["notebook_path"] = (folder / f"{source.meta['id']}.ipynb").relative_to(config.site_dir).as_posix()
            topic = self.snap.registry.topics.get(source.meta["id"])
            about = source.meta.get("description") or (topic.about.get(lang, "") if topic else "")
            page.meta.setdefault("description", about.replace("`", ""))  # meta description, link previews
            self.listed[lang].append((source.meta["title"], page.canonical_url + "index.md", about))
        return markdown

    def on_page_content(self, html, page, config, files):
        source = self.snap.page(Path(page.file.abs_src_path))
        if source.is_notebook:
            toc = list(_flat(page.toc))
            titles = notebook_headings(source.path)
            if len(titles) == len(toc):
                for item, title in zip(toc, titles, strict=True):
                    item.title = title
            html = notebook_html(html, [item.id for item in toc], _md_link_resolver(page, files, config))
            return breakable_code(html)
        try:
            check_code_shown(html, source)
        except WikiError as err:
            raise PluginError(str(err)) from None
        return mark_output_lines(breakable_code(html))

    def on_serve(self, server, config, builder):
        """`mkdocs serve` rebuilds when what the pages show from outside docs/ changes: the snippets (with their
        figures), the committed evidence and the contributing guide (docs/ holds the registry and glossary)."""
        for path in (SNIPPETS, EVIDENCE_DIR, *ROOT.glob("CONTRIBUTING.*.md")):
            if path.exists():
                server.watch(str(path))
        return server

    def on_post_page(self, output, page, config):
        """Drop the page's <link rel="alternate" hreflang> tags: Material's script fetches `sitemap.xml` under
        each of them, expecting a language's root there, not a page (a 404 on every page view). The sitemap
        static-i18n writes carries the same hreflang alternates for search engines."""
        return RE_ALTERNATE_LINK.sub("", output)

    @event_priority(-200)  # after mkdocs-static-i18n, which writes the search index of both languages last
    def on_post_build(self, config):
        site = Path(config.site_dir)
        outputs.write(site / "status.json", outputs.status_json(self.snap))
        outputs.write(site / "errors.json", outputs.errors_json(self.snap))
        if all(self.listed.values()):  # every language has been built
            outputs.write(site / "llms.txt", outputs.llms_txt(self.listed))
        index = site / "search" / "search_index.json"
        if index.exists():
            data = json.loads(index.read_text(encoding="utf-8"))
            if any(search.lang_of(doc) != DEFAULT_LANG for doc in data["docs"]):  # not split yet
                for prefix, body in search.search_indexes(data, self.snap).items():
                    text = json.dumps(body, ensure_ascii=False, separators=(",", ":"))
                    outputs.write(site / prefix / "search" / "search_index.json", text)


def _notebook_file(file: File, config) -> NotebookFile:
    """static-i18n rebuilds every File as a plain File, which turns mkdocs-jupyter's notebook pages back into
    assets (served as raw JSON): wrap it again, keeping the URL static-i18n gave it."""
    notebook = NotebookFile(file, **config)
    notebook.dest_path, notebook.abs_dest_path, notebook.url = file.dest_path, file.abs_dest_path, file.url
    source = Path(file.abs_src_path)  # static-i18n tracks language alternates of pages only; the switch needs them
    file.alternates = {
        lang: SimpleNamespace(url=page_url(sibling(source, lang), lang))
        for lang in LANGS
        if sibling(source, lang).exists()
    }
    return notebook


def _untranslated_files(config) -> list[File]:
    """Pages written only in another language, for the default-language site (static-i18n drops them there)."""
    found = []
    for path in sorted(DOCS.rglob("*.md")):
        lang = page_lang(path)
        if lang == DEFAULT_LANG or sibling(path, DEFAULT_LANG).exists():
            continue
        original = File(path.relative_to(DOCS).as_posix(), str(DOCS), config.site_dir, config.use_directory_urls)
        fallback = create_i18n_file(original, DEFAULT_LANG, DEFAULT_LANG, list(LANGS), config)
        fallback.alternates = {
            DEFAULT_LANG: fallback,
            lang: create_i18n_file(original, lang, DEFAULT_LANG, list(LANGS), config),
        }
        found.append(fallback)
    return found


def _md_link_resolver(page, files, config):
    def resolve(target: str, anchor: str) -> str | None:
        path = posixpath.normpath(posixpath.join(posixpath.dirname(page.file.src_uri), target))
        lang = config.theme["language"]
        found = files.get_file_from_path(f"{path}.{lang}.md") or files.get_file_from_path(f"{path}.md")
        return None if found is None else found.url_relative_to(page.file) + anchor

    return resolve


def _folder(section) -> str | None:
    if not isinstance(section, Section):
        return None
    for child in section.children:
        if getattr(child, "file", None):
            return Path(child.file.src_uri).parts[0]
    return None


def _flat(items):
    for item in items:
        yield item
        yield from _flat(item.children)
