"""Wiki links (`[[topic-id]]`, `[[topic-id|text]]`, `[[topic-id#anchor|text]]`, ids or aliases) become links
to the topic's page in the reader's language, or to its row of the checklist while it is only planned. An
unknown name fails the build at its file and line. Every topic page ends with the pages that link to it.
"""

from pathlib import Path

from mkdocs.exceptions import PluginError
from wikilib.errors import WikiError
from wikilib.interface import texts
from wikilib.layout import DOCS, md_link, page_lang
from wikilib.pages import find_pages, load_page
from wikilib.registry import load_registry
from wikilib.wikilinks import RE_WIKILINK, backlinks, link_targets, map_prose

TEXT = texts("wiki_links")
_state: dict = {}


def on_pre_build(config):
    try:
        registry = load_registry()
        pages = [load_page(p) for p in find_pages()]
        names = link_targets(registry, pages)
    except WikiError as err:
        raise PluginError(str(err)) from None
    written = {}
    for page in pages:
        if page.is_topic_page:
            written.setdefault(page.meta["id"], {})[page.lang] = page
    _state.update(registry=registry, names=names, written=written, backlinks=backlinks(pages, names))


def _href(target: str, here: Path, anchor: str | None) -> str:
    page = next(iter(_state["written"][target].values()), None) if target in _state["written"] else None
    if page is None:
        return md_link(DOCS / "topics.md", here) + f"#{target}"
    return md_link(page.path, here) + (f"#{anchor}" if anchor else "")


def _title(target: str, lang: str) -> str:
    pages = _state["written"].get(target)
    if pages:
        page = pages.get(lang) or next(iter(pages.values()))
        return page.meta["title"]
    return _state["registry"].topics[target].api.replace("`", "") + f" ({TEXT[lang]['planned']})"


def on_page_markdown(markdown, page, config, files):
    lang = config.theme["language"]
    here = Path(page.file.abs_src_path)
    names = _state["names"]

    def replace(m):
        name = m.group(1).strip()
        if name not in names:
            lines = here.read_text(encoding="utf-8").split("\n")
            line = next((n for n, text in enumerate(lines, 1) if f"[[{name}" in text), None)
            raise PluginError(str(WikiError(here, line, f"wiki link [[{name}]]: no topic or alias '{name}'")))
        target = names[name]
        return f"[{m.group(3) or _title(target, lang)}]({_href(target, here, m.group(2))})"

    markdown = map_prose(markdown, lambda text: RE_WIKILINK.sub(replace, text) if "[[" in text else text)
    source = load_page(here)
    if source.is_topic_page and not source.is_notebook:
        markdown += _backlinks(source.meta["id"], here, lang)
    return markdown


def _backlinks(topic: str, here: Path, lang: str) -> str:
    by_lang = _state["backlinks"].get(topic, {})
    sources = by_lang.get(lang) or by_lang.get(page_lang(here)) or []
    if not sources:
        return ""
    items = [f"[{load_page(path).meta.get('title', path.stem)}]({md_link(path, here)})" for path in sources]
    return f'\n\n<p class="wiki-backlinks" markdown>**{TEXT[lang]["linked_from"]}:** {" · ".join(items)}</p>\n'
