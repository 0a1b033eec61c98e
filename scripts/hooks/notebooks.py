"""Keep notebooks rendered as pages in both languages.

mkdocs-static-i18n rebuilds every File as a plain File, which turns mkdocs-jupyter's notebook pages back
into assets (served as raw JSON). Wrap them again, keeping the page URL that static-i18n gave them
(`en/guides/first-steps/`); NotebookFile would otherwise recompute it from the suffixed source name.
"""

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
