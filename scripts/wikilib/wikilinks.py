"""Wiki links: `[[topic-id]]`, `[[topic-id|text]]` and `[[topic-id#anchor|text]]`, by topic id or alias."""

from dataclasses import dataclass
from pathlib import Path

from .errors import WikiError
from .frontmatter import meta_line
from .markdown import RE_WIKILINK, blank_code_spans, prose
from .pages import Page
from .registry import Registry


@dataclass(frozen=True)
class WikiLink:
    line: int
    target: str  # as written
    anchor: str | None
    text: str | None


def prose_lines(page: Page):
    """(page line, text) of the lines outside code blocks, with inline code blanked out."""
    lines = page.body.split("\n")
    for i in prose(lines):
        yield page.body_line + i, blank_code_spans(lines[i])


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
