"""The one Markdown reader of the wiki: fenced code blocks, the includes inside them, the code annotations
after them, headings with their ids, prose (outside code, inline code blanked) and the wiki links in it.
Every check, the runner and every site transform read pages through it, so they agree at the edges: a fence
closes only on its own character, at least as long, with nothing after it; an include line is pymdownx's
(`--8<-- "path"` or `--8<-- 'path'`).

All functions take the lines of a text (list of str) and answer with 0-based indexes into them."""

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

RE_FENCE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})[ \t]*(?P<info>[^`]*)$")
# pymdownx.snippets' include line: the inline form `--8<-- "path"` (or 'path'), and the block form and escaped
# markers, which wikilib.includes rejects.
RE_INCLUDE = re.compile(
    r"""^(?P<space>[ \t]*)(?P<escape>;*)(?:
        (?P<inline>-+8<-+[ \t]+)(?P<snippet>(?:"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?'))(?![ \t])
        | (?P<block>-+8<-+)(?![ \t])
    )\r?$""",
    re.X,
)
RE_HEADING = re.compile(r"^(#{1,6})[ \t]+(.*?)[ \t]*(?:\{[ \t]*#([\w-]+)[ \t]*\})?[ \t]*$")
RE_ANNOTATION = re.compile(r"^\d+\.[ \t]+\S")
RE_WIKILINK = re.compile(r"\[\[([^\]|#\n]+?)(?:#([\w-]+))?(?:\|([^\]\n]+))?\]\]")  # [[id#anchor|text]]
RE_CODE_SPAN = re.compile(r"(`+)(?:(?!\1).)+?\1")


@dataclass(frozen=True)
class Include:
    index: int
    spec: str  # as written: path, with any line range or section (`file.py:3:7`, `file.py:name`)

    @property
    def path(self) -> str:
        """The snippet path without its line range or section."""
        return self.spec.split(":", 1)[0].strip()


@dataclass(frozen=True)
class Block:
    start: int  # the opening fence
    end: int | None  # the closing fence; None when the block is never closed
    indent: str
    lang: str  # first class of the info string, lowercased ('' when none)
    includes: list[Include] = field(default_factory=list)


def fence_lang(info: str) -> str:
    info = info.strip()
    if info.startswith("{"):
        classes = re.findall(r"\.([\w+-]+)", info)
        return classes[0].lower() if classes else ""
    return info.split()[0].lower() if info else ""


def blocks(lines: list[str]) -> list[Block]:
    """The fenced code blocks of `lines`, in order; an unclosed block runs to the end (`end` None)."""
    found, i = [], 0
    while i < len(lines):
        m = RE_FENCE.match(lines[i])
        if not m:
            i += 1
            continue
        fence, start = m["fence"], i
        closing = re.compile(rf"^[ \t]*{re.escape(fence[0])}{{{len(fence)},}}[ \t]*$")
        includes, i = [], i + 1
        while i < len(lines) and not closing.match(lines[i]):
            if (inc := RE_INCLUDE.match(lines[i])) and inc["inline"] and not inc["escape"]:
                includes.append(Include(i, inc["snippet"][1:-1].strip()))
            i += 1
        end = i if i < len(lines) else None
        found.append(Block(start, end, m["indent"], fence_lang(m["info"]), includes))
        i += 1
    return found


def prose(lines: list[str]) -> Iterator[int]:
    """Indexes of the lines outside code blocks (fences included in the code)."""
    inside = set()
    for block in blocks(lines):
        inside.update(range(block.start, len(lines) if block.end is None else block.end + 1))
    return (i for i in range(len(lines)) if i not in inside)


def blank_code_spans(text: str) -> str:
    return RE_CODE_SPAN.sub(lambda c: " " * len(c.group(0)), text)


def map_prose(markdown: str, change: Callable[[str], str]) -> str:
    """`markdown` with `change(text)` applied to every piece of prose: outside code blocks and inline code."""
    lines = markdown.split("\n")
    for i in list(prose(lines)):
        text, pieces, last = lines[i], [], 0
        for m in RE_CODE_SPAN.finditer(text):
            pieces += [change(text[last : m.start()]), m.group(0)]
            last = m.end()
        lines[i] = "".join(pieces) + change(text[last:])
    return "\n".join(lines)


@dataclass(frozen=True)
class Heading:
    index: int
    level: int
    text: str
    id: str | None  # from `{ #id }`


def headings(lines: list[str]) -> list[Heading]:
    return [
        Heading(i, len(m.group(1)), m.group(2), m.group(3)) for i in prose(lines) if (m := RE_HEADING.match(lines[i]))
    ]


def annotations(lines: list[str], block: Block) -> tuple[int, int]:
    """The numbered list right after a code block (its code annotations): (items, index of the first line after
    the list and the blank lines around it). Blank lines may come between the block and the list."""
    count, i = 0, (len(lines) if block.end is None else block.end + 1)
    first = i
    while i < len(lines):
        text = lines[i]
        if RE_ANNOTATION.match(text):
            count += 1
        elif text.strip() and not text.startswith((" ", "\t")):
            break
        elif not text.strip() and count == 0 and i > first:
            break
        i += 1
    return count, i


def before_blocks_including(markdown: str, make: Callable[[str, str], str | None]) -> str:
    """`markdown` with `make(path, indent)` put right above each code block that includes the snippet `path`
    (indented like the block's fence); nothing where it returns None."""
    lines = markdown.split("\n")
    added: dict[int, str] = {}
    for block in blocks(lines):
        for inc in block.includes:
            if (text := make(inc.path, block.indent)) is not None:
                added[block.start] = text
    return "\n".join(t for i, line in enumerate(lines) for t in ([added[i], line] if i in added else [line]))


def after_blocks(markdown: str, make: Callable[[Block], list[str]]) -> str:
    """`markdown` with the lines `make(block)` gives put right after each closed code block and its
    annotations, followed by a blank line (blocks at the very end of the page get theirs at the end)."""
    lines = markdown.split("\n")
    added: dict[int, list[str]] = {}
    for block in blocks(lines):
        if block.end is not None and (texts := make(block)):
            added.setdefault(annotations(lines, block)[1], []).extend(texts)
    out = []
    for i, text in enumerate(lines):
        if i in added:
            out += [*added.pop(i), ""]
        out.append(text)
    for texts in added.values():
        out += ["", *texts]
    return "\n".join(out)
