"""Translations: which page is the source, the hash a translation was written from, and the structure both
languages must share (includes in order, heading ids, code annotations per block)."""

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from .layout import DEFAULT_LANG, LANGS, other_lang, sibling
from .markdown import annotations, blocks, headings
from .pages import Page, load_page

SOURCE_LANG = DEFAULT_LANG  # Korean first: the other language translates it


def source_hash(page: Page) -> str:
    """The hash a translation records: of the source page's prose and code, front matter left out."""
    if page.is_notebook:
        cells = json.loads(page.body).get("cells", [])
        text = "\n".join("".join(c.get("source", [])) for c in cells)
    else:
        text = page.body
    normal = "\n".join(line.rstrip() for line in text.strip().split("\n"))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()[:12]


@dataclass
class Structure:
    """What a translation must keep: each item with its page line."""

    includes: list[tuple[int, str]] = field(default_factory=list)
    headings: list[tuple[int, int, str | None, str]] = field(default_factory=list)  # line, level, id, text
    annotations: list[tuple[int, int]] = field(default_factory=list)  # per code block: its line, list items


def structure(page: Page) -> Structure:
    lines = page.body.split("\n")
    found = blocks(lines)
    return Structure(
        includes=[(page.body_line + inc.index, inc.spec) for block in found for inc in block.includes],
        headings=[(page.body_line + h.index, h.level, h.id, h.text) for h in headings(lines)],
        annotations=[
            (page.body_line + block.start, annotations(lines, block)[0]) for block in found if block.end is not None
        ],
    )


def pair(by_lang: dict[str, Page]) -> tuple[Page | None, Page | None]:
    """(source, translation) among the language versions of one page; None where a language is not written."""
    return by_lang.get(SOURCE_LANG), by_lang.get(other_lang(SOURCE_LANG))


def translation_pair(path: Path) -> tuple[Page | None, Page | None]:
    """(source, translation) of the page at `path`."""
    return pair({lang: load_page(sibling(path, lang)) for lang in LANGS if sibling(path, lang).exists()})


STALE = ("outdated", "unrecorded")  # states in which readers are told the translation may lag behind


def translation_state(source: Page | None, translation: Page | None) -> str:
    """'current', 'outdated' (the source changed since), 'unrecorded' (no source_hash yet) or 'missing'."""
    if source is None or translation is None:
        return "missing"
    recorded = translation.meta.get("source_hash")
    if not recorded:
        return "unrecorded"
    return "current" if recorded == source_hash(source) else "outdated"
