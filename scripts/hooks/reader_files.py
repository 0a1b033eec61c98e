"""Files for readers and their tools, next to every concept page: its code as a script (`<id>.py`) and as a
notebook (`<id>.ipynb`, also what "Open in Colab" opens: see scripts/publish_notebooks.py), a plain Markdown
copy (`index.md`, code included), and `llms.txt` at the site root listing every page's Markdown copy in both
languages."""

import json
from pathlib import Path

from wikilib.includes import before_blocks_including, resolve_page_text
from wikilib.interface import texts
from wikilib.layout import DEFAULT_LANG, LANGS
from wikilib.pages import Program, load_page

TEXT = texts("reader_files")
_listed: dict[str, list[tuple[str, str, str]]] = {lang: [] for lang in LANGS}  # lang -> (title, url, about)


def on_pre_build(config):
    if config.theme["language"] == DEFAULT_LANG:
        for pages in _listed.values():
            pages.clear()


def on_page_markdown(markdown, page, config, files):
    source = load_page(Path(page.file.abs_src_path))
    if not source.is_topic_page or source.is_notebook:
        return markdown
    folder = Path(config.site_dir, page.file.dest_path).parent
    folder.mkdir(parents=True, exist_ok=True)
    topic = source.meta["id"]
    code = Program(source).source
    (folder / f"{topic}.py").write_text(code, encoding="utf-8")
    notebook = folder / f"{topic}.ipynb"
    notebook.write_text(json.dumps(_notebook(source, page, config.theme["language"]), ensure_ascii=False, indent=1))
    page.meta["notebook_path"] = notebook.relative_to(config.site_dir).as_posix()  # for the Colab link
    marked = before_blocks_including(markdown, lambda path, indent: _skip_elsewhere(source.only, path, indent))
    text = "\n".join(line.text for line in resolve_page_text(source.path, marked, 1))
    (folder / "index.md").write_text(f"<!-- {page.canonical_url} -->\n{text}\n", encoding="utf-8")
    lang = config.theme["language"]
    _listed[lang].append((source.meta["title"], page.canonical_url + "index.md", source.meta.get("description", "")))
    return markdown


def _skip_elsewhere(only: dict[str, dict[str, str]], path: str, indent: str) -> str | None:
    """For pytest-codeblocks (tests/test_codeblocks.py), which runs every block of the Markdown copy on its own:
    a block that runs only on one device is skipped on the other."""
    for device, reasons in only.items():
        if path in reasons:
            cuda = "__import__('torch').cuda.is_available()"
            condition = f"not {cuda}" if device == "cuda" else cuda
            return f"{indent}<!--pytest.mark.skipif({condition}, reason={device + '_only: ' + reasons[path]!r})-->"
    return None


def _notebook(source, page, lang: str) -> dict:
    intro = f"# {source.meta['title']}\n\n{page.canonical_url}\n\n{TEXT[lang]['output_note']}"
    cells = [{"cell_type": "markdown", "metadata": {}, "source": intro}]
    for block in source.blocks:
        lines = [ln.text for ln in block]
        cells.append(
            {"cell_type": "code", "metadata": {}, "execution_count": None, "outputs": [], "source": "\n".join(lines)}
        )
    kernel = {"name": "python3", "display_name": "Python 3", "language": "python"}
    metadata = {"kernelspec": kernel, "language_info": {"name": "python"}}
    return {"cells": cells, "metadata": metadata, "nbformat": 4, "nbformat_minor": 5}


def on_post_build(config):
    if not all(_listed.values()):
        return  # the other language's build has not run yet
    first, second = TEXT[DEFAULT_LANG], TEXT["en"]
    out = [f"# {first['site_title']} / {second['site_title']}", "", f"> {first['about']} {second['about']}", ""]
    for lang in LANGS:
        out += [f"## {'한국어' if lang == 'ko' else 'English'}", ""]
        out += [f"- [{title}]({url})" + (f": {about}" if about else "") for title, url, about in sorted(_listed[lang])]
        out.append("")
    Path(config.site_dir, "llms.txt").write_text("\n".join(out), encoding="utf-8")
