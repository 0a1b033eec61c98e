"""Translations: which page is the source, the hash a translation was written from, and the structure both
languages must share (includes in order, heading ids, code annotations per block)."""

import hashlib
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from .layout import DEFAULT_LANG, LANGS, other_lang, sibling
from .pages import Page, load_page

SOURCE_LANG = DEFAULT_LANG  # Korean first: the other language translates it
RE_INCLUDE = re.compile(r'--8<-- "([^"]+)"')
RE_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*(?:\{[ \t]*#([\w-]+)[ \t]*\})?[ \t]*$")
RE_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
RE_ANNOTATION = re.compile(r"^\d+\.[ \t]+\S")


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
    out = Structure()
    lines = page.body.split("\n")
    fence, block_line = None, 0
    for i, text in enumerate(lines):
        line = page.body_line + i
        m = RE_FENCE.match(text)
        if fence is None and m:
            fence, block_line = m.group(1), line
            continue
        if fence is not None:
            if m and m.group(1)[0] == fence[0] and len(m.group(1)) >= len(fence) and not text.strip()[len(fence) :]:
                fence = None
                out.annotations.append((block_line, _annotation_count(lines, i + 1)))
            elif inc := RE_INCLUDE.search(text):
                out.includes.append((line, inc.group(1)))
            continue
        if h := RE_HEADING.match(text):
            out.headings.append((line, len(h.group(1)), h.group(3), h.group(2)))
    return out


def _annotation_count(lines: list[str], start: int) -> int:
    """Items of the numbered list right after a code block (its code annotations), blank lines allowed."""
    count, i = 0, start
    while i < len(lines):
        text = lines[i]
        if RE_ANNOTATION.match(text):
            count += 1
        elif text.strip() and not text.startswith((" ", "\t")):
            break
        elif not text.strip() and count == 0 and i > start + 1:
            break
        i += 1
    return count


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
