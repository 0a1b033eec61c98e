"""Wiki links: `[[topic-id]]`, `[[topic-id|text]]` and `[[topic-id#anchor|text]]`, by topic id or alias."""

import re
from dataclasses import dataclass
from pathlib import Path

from .errors import WikiError
from .frontmatter import meta_line
from .pages import Page
from .registry import Registry

RE_WIKILINK = re.compile(r"\[\[([^\]|#\n]+?)(?:#([\w-]+))?(?:\|([^\]\n]+))?\]\]")
RE_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
RE_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class WikiLink:
    line: int
    target: str  # as written
    anchor: str | None
    text: str | None


def _outside_fences(lines: list[str]):
    """(index, line) of the lines that are not inside a fenced code block (nor its fences)."""
    fence = None
    for i, text in enumerate(lines):
        m = RE_FENCE.match(text)
        if m and (fence is None or (m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence))):
            fence = None if fence else m.group(1)
            continue
        if fence is None:
            yield i, text


def prose_lines(page: Page):
    """(page line, text) of the lines outside code blocks, with inline code blanked out."""
    for i, text in _outside_fences(page.body.split("\n")):
        yield page.body_line + i, RE_CODE_SPAN.sub(lambda c: " " * len(c.group(0)), text)


def map_prose(markdown: str, change) -> str:
    """`markdown` with `change(text)` applied to every piece of prose: outside code blocks and inline code."""
    lines = markdown.split("\n")
    for i, text in list(_outside_fences(lines)):
        pieces, last = [], 0
        for m in RE_CODE_SPAN.finditer(text):
            pieces += [change(text[last : m.start()]), m.group(0)]
            last = m.end()
        lines[i] = "".join(pieces) + change(text[last:])
    return "\n".join(lines)


def find_links(page: Page) -> list[WikiLink]:
    if page.is_notebook:
        return []
    return [
        WikiLink(line, m.group(1).strip(), m.group(2), m.group(3))
        for line, text in prose_lines(page)
        for m in RE_WIKILINK.finditer(text)
    ]


def link_targets(registry: Registry, pages: list[Page]) -> dict[str, str]:
    """Every name a wiki link may use (topic ids, and the aliases pages declare) -> topic id."""
    names = {topic_id: topic_id for topic_id in registry.topics}
    for page in pages:
        for alias in page.meta.get("aliases", []) if page.is_topic_page else []:
            owner = names.get(alias)
            if owner is not None and owner != page.meta["id"]:
                line = meta_line(page.path.read_text(encoding="utf-8"), "aliases")
                raise WikiError(page.path, line, f"alias '{alias}' already names topic '{owner}'")
            names[alias] = page.meta["id"]
    return names


def check_links(page: Page, names: dict[str, str], anchors: dict[str, set[str]]) -> list[WikiError]:
    """Unknown names, and anchors that no heading of the target's page has (`anchors`: topic id -> ids)."""
    found = []
    for link in find_links(page):
        if link.target not in names:
            found.append(
                WikiError(page.path, link.line, f"wiki link [[{link.target}]]: no topic or alias '{link.target}'")
            )
        elif link.anchor and names[link.target] in anchors and link.anchor not in anchors[names[link.target]]:
            target = names[link.target]
            message = f"wiki link [[{link.target}#{link.anchor}]]: the page of '{target}' has no heading #{link.anchor}"
            found.append(WikiError(page.path, link.line, message))
    return found


def backlinks(pages: list[Page], names: dict[str, str]) -> dict[str, dict[str, list[Path]]]:
    """topic id -> language -> the pages in that language that link to it, in path order."""
    found: dict[str, dict[str, list[Path]]] = {}
    for page in sorted(pages, key=lambda p: p.path):
        for target in dict.fromkeys(names.get(link.target) for link in find_links(page)):
            if target and target != page.meta.get("id"):
                found.setdefault(target, {}).setdefault(page.lang, []).append(page.path)
    return found
