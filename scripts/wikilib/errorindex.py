"""The error-message index: every exception message a page's code prints in its `#>` output, as the house style
prints them (`print(type(e).__name__, "-", e)` gives `#> RuntimeError - mat1 and mat2 shapes ...`; a colon
after the type works too), normalised so
that the same message with other numbers, shapes, addresses or devices is one entry, and linked to every page
section that shows it. Built from the snippets' generated output only: a message leaves the index when no
snippet prints it any more."""

import re
from dataclasses import dataclass, field

from .markdown import headings
from .pages import Page

RE_SHOWN = re.compile(r"(?:^|\s)(?P<type>[A-Z][A-Za-z]*(?:Error|Exception))(?: - |: )(?P<message>.*)$")
PLACEHOLDERS = (
    (re.compile(r"0x[0-9a-fA-F]+"), "<addr>"),
    (re.compile(r"\b\d+(?:x\d+)+\b"), lambda m: "x".join("<n>" for _ in m.group(0).split("x"))),  # 4x36
    (re.compile(r"\b(?:cuda|mps|xpu)(?::\d+)?\b|\bcpu\b|\bmeta\b"), "<device>"),
    (re.compile(r"(?<![\w.<])-?\d+(?:\.\d+)?(?:e-?\d+)?(?![\w>])"), "<n>"),  # not in BFloat16, 1D, float32
)


@dataclass(frozen=True)
class Shown:
    """Where a message is shown: a section of a page, from a line of a snippet."""

    page: Page
    section: str | None  # the id of the heading above the code block
    snippet: str  # snippets/<path>:<line> of the `#>` line


@dataclass
class Entry:
    type: str
    message: str  # normalised
    examples: list[str] = field(default_factory=list)  # the messages as printed, first seen first
    shown: list[Shown] = field(default_factory=list)


def normalise(message: str) -> str:
    for pattern, placeholder in PLACEHOLDERS:
        message = pattern.sub(placeholder, message)
    return message.strip()


def shown_errors(page: Page) -> list[tuple[str, str, int, str]]:
    """(type, message as printed, page line of its code block, `snippets/<file>:<line>`) of every exception
    message in the page's `#>` output."""
    found = []
    for block in page.blocks:
        for line in block:
            text = line.text.strip()
            if not text.startswith("#>"):
                continue
            m = RE_SHOWN.search(text[2:].strip())
            if m and m["message"].strip():
                found.append((m["type"], m["message"].strip(), line.page_line, line.where()))
    return found


def _sections(page: Page) -> list[tuple[int, str | None]]:
    """(page line, id) of the page's headings of level 2 and below, in order."""
    return [(page.body_line + h.index, h.id) for h in headings(page.body.split("\n")) if h.level >= 2]


def build_index(pages: list[Page]) -> list[Entry]:
    """The entries of every Markdown page, grouped by (type, normalised message), sorted by type then message."""
    entries: dict[tuple[str, str], Entry] = {}
    for page in pages:
        if page.is_notebook:
            continue
        sections = _sections(page)
        for kind, printed, page_line, where in shown_errors(page):
            section_id = next((hid for line, hid in reversed(sections) if line < page_line), None)
            entry = entries.setdefault((kind, normalise(printed)), Entry(kind, normalise(printed)))
            if printed not in entry.examples:
                entry.examples.append(printed)
            shown = Shown(page, section_id, where)
            if all((s.page.path, s.section) != (page.path, section_id) for s in entry.shown):
                entry.shown.append(shown)
    return sorted(_merge_cut_short(list(entries.values())), key=lambda e: (e.type, e.message.lower()))


def _merge_cut_short(entries: list[Entry]) -> list[Entry]:
    """Snippets print a long message whole or up to its first sentence: an entry whose message begins another's
    of the same type joins that (the longest) one."""
    kept: list[Entry] = []
    for entry in sorted(entries, key=lambda e: -len(e.message)):
        stem = entry.message.rstrip(".:")
        longer = next((k for k in kept if k.type == entry.type and k.message.startswith(stem)), None)
        if longer is None:
            kept.append(entry)
            continue
        longer.examples += [x for x in entry.examples if x not in longer.examples]
        longer.shown += [
            s for s in entry.shown if (s.page.path, s.section) not in {(t.page.path, t.section) for t in longer.shown}
        ]
    return kept
