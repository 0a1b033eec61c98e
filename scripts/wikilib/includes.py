"""Resolve `--8<--` includes the way pymdownx.snippets does, remembering where every line came from.

Supported, with pymdownx's semantics: the inline form `--8<-- "path"` (whole file, line ranges such as
`file.py:3:7` or `file.py:1:2,5:`, and named sections `file.py:name` marked by `# --8<-- [start:name]` and
`# --8<-- [end:name]`), nested includes, and section markers dropped from whole-file includes.
The block form and escaped markers are rejected with an error rather than resolved differently.
tests/test_includes.py checks the result against pymdownx itself for every page.
"""

import difflib
import re
import textwrap
from dataclasses import dataclass, replace
from pathlib import Path

from .errors import WikiError
from .layout import SNIPPETS, rel
from .markdown import RE_INCLUDE

RE_SECTION = re.compile(
    r"^(?P<pre>.*?)(?P<escape>;*)(?P<marker>-+8<-+[ \t]+)"
    r"(?P<section>\[[ \t]*(?P<type>start|end)[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\])(?P<post>.*?)$",
    re.I,
)
RE_TARGET = re.compile(
    r"(?i)(.*?)(?:((?::-?[0-9]*){1,2}(?:(?:,(?=[-0-9:])-?[0-9]*)(?::-?[0-9]*)?)*)|(:[a-z][-_0-9a-z]*))?$"
)


@dataclass(frozen=True)
class Line:
    """One line of resolved page text and its two origins: the file it is written in, and the page line
    that shows it (the include directive, or the line itself)."""

    text: str
    file: Path
    line: int
    page: Path
    page_line: int
    cell: int | None = None  # notebooks: the code cell number, `line` counting within it
    via_range: bool = False  # included by a line range (rewriting outputs would shift the range)

    def where(self) -> str:
        if self.cell is not None:
            return f"{rel(self.file)} cell {self.cell}, line {self.line}"
        return f"{rel(self.file)}:{self.line}"

    def page_where(self) -> str:
        if self.cell is not None:
            return f"{rel(self.page)} cell {self.cell}"
        return f"{rel(self.page)}:{self.page_line}"


@dataclass(frozen=True)
class Target:
    path: str
    starts: tuple[int | None, ...] = ()
    ends: tuple[int | None, ...] = ()
    section: str | None = None


def parse_target(spec: str) -> Target:
    path, ranges, section = RE_TARGET.match(spec).groups()
    if ranges:
        starts, ends = [], []
        for item in ranges[1:].split(","):
            span = item.split(":")
            start = int(span[0]) if span[0] else None
            starts.append(start if start is None or start < 0 else max(0, start - 1))
            ends.append(int(span[1]) if len(span) > 1 and span[1] else None)
        return Target(path.strip(), tuple(starts), tuple(ends))
    return Target(path.strip(), section=section[1:] if section else None)


_snippets: dict[str, tuple[Path, str]] | None = None  # see read_each_snippet_once


def read_each_snippet_once() -> None:
    """From now until the next call, each snippet file is found and read once (for a site build, while nothing
    under snippets/ changes)."""
    global _snippets
    _snippets = {}


def _snippet(spec: str, where: "Line") -> tuple[Path, str]:
    if _snippets is not None and spec in _snippets:
        return _snippets[spec]
    path = _snippet_path(spec, where)
    found = path, path.read_text(encoding="utf-8")
    if _snippets is not None:
        _snippets[spec] = found
    return found


def read_lines(path: Path, text: str, page: Path, page_line: int) -> list[Line]:
    return [Line(t, path, i, page, page_line) for i, t in enumerate(text.split("\n") if text else [], 1)]


def _section(lines: list[Line], name: str, where: Line) -> list[Line]:
    picked, inside, found = [], False, False
    for ln in lines:
        m = RE_SECTION.match(ln.text) if "8<-" in ln.text else None
        if m and m["escape"]:
            ln = replace(ln, text=m["pre"] + m["escape"][1:] + m["marker"] + m["section"] + m["post"])
        elif m and m["name"] == name:
            if m["type"] == "start" and not inside:
                inside = found = True
                continue
            if m["type"] == "start":
                continue
            break
        elif m and inside:
            continue
        if inside:
            picked.append(ln)
    if not found:
        raise WikiError(
            where.file, where.line, f"section '{name}' not found in {rel(lines[0].file) if lines else 'an empty file'}"
        )
    return picked


def _ranges(lines: list[Line], target: Target) -> list[Line]:
    total, picked = len(lines), []
    for start, end in zip(target.starts, target.ends, strict=True):
        if start is not None and start < 0:
            start = min(max(total + start, 0), total)
        if end is not None and end < 0:
            end = min(max(total + 1 + end, 0), total)
        picked.extend(replace(ln, via_range=True) for ln in lines[start:end])
    return picked


def _dedent(lines: list[Line]) -> list[Line]:
    texts = textwrap.dedent("\n".join(ln.text for ln in lines)).split("\n")
    return [replace(ln, text=t) for ln, t in zip(lines, texts, strict=True)]


def _snippet_path(spec: str, where: Line) -> Path:
    base = SNIPPETS.resolve()
    path = (base / spec).resolve()
    if base not in path.parents:
        raise WikiError(where.file, where.line, f"include '{spec}' points outside snippets/")
    if not path.is_file():
        known = [p.relative_to(base).as_posix() for p in base.rglob("*.py")]
        close = difflib.get_close_matches(spec, known, n=1, cutoff=0.6)
        hint = f" (did you mean '{close[0]}'?)" if close else ""
        raise WikiError(where.file, where.line, f"included snippet '{spec}' not found in snippets/{hint}")
    return path


def expand(
    lines: list[Line], dedent_subsections: bool = False, _seen: frozenset = frozenset(), _is_section: bool = False
) -> list[Line]:
    """Replace every include directive in `lines` by the lines it includes."""
    out: list[Line] = []
    for ln in lines:
        m = RE_INCLUDE.match(ln.text)
        if not m:
            section = RE_SECTION.match(ln.text) if "8<-" in ln.text else None
            if section and not _is_section:
                if section["escape"]:
                    raise WikiError(ln.file, ln.line, "escaped section markers are not supported")
                continue
            out.append(ln)
            continue
        if m["escape"] or m["block"]:
            raise WikiError(ln.file, ln.line, 'only the inline include form --8<-- "path" is supported')
        spec = m["snippet"][1:-1].strip()
        if spec.startswith(";"):
            continue
        target = parse_target(spec)
        if not target.path:
            raise WikiError(ln.file, ln.line, "include without a path")
        path, text = _snippet(target.path, ln)
        if path in _seen:
            continue
        included = read_lines(path, text, ln.page, ln.page_line)
        if included and target.starts and target.ends:
            included = _ranges(included, target)
            included = _dedent(included) if dedent_subsections else included
        elif included and target.section:
            included = _section(included, target.section, ln)
            included = _dedent(included) if dedent_subsections else included
        space = m["space"].expandtabs(4)
        nested = expand(included, dedent_subsections, _seen | {path}, target.section is not None)
        out.extend(replace(n, text=space + n.text) for n in nested) if space else out.extend(nested)
    return out


def resolve_page_text(page: Path, text: str, first_line: int = 1) -> list[Line]:
    """All lines of a page body (starting at page line `first_line`) with includes expanded."""
    lines = [Line(t, page, i, page, i) for i, t in enumerate(text.split("\n"), first_line)]
    return expand(lines)
