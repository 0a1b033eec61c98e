"""The runner's side of the figures a page draws (see wikilib.figures): name each one after the snippet whose
`plt.show()` drew it, and compare the SVG files beside the snippets with what the program drew, or write them."""

import hashlib
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from wikilib.figures import figure_files, figure_name, figure_text, figures_shown
from wikilib.includes import Line
from wikilib.layout import rel

from wikirunner.drawing import FIGURE_MARK


@dataclass
class Drawn:
    records: list[tuple[int | None, str]]  # the program's records, each figure as `[figure NAME]`
    files: dict[Path, str] = field(default_factory=dict)  # figure file -> the SVG the program drew
    where: dict[Path, Line] = field(default_factory=dict)  # figure file -> the line that showed it


class FigureError(Exception):
    pass


def name_figures(lines: list[Line], records, svgs: list[str]) -> Drawn:
    drawn, counts, svgs = Drawn([]), Counter(), iter(svgs)
    for line, text in records:
        if text.startswith(FIGURE_MARK):
            source = lines[line - 1] if line else None
            if source is None or source.cell is not None:
                raise FigureError("a figure was shown outside a snippet file (notebooks cannot show figures yet)")
            counts[source.file] += 1
            path = source.file.parent / figure_name(source.file, counts[source.file])
            drawn.files[path], drawn.where[path] = next(svgs), source
            text = figure_text(path.name)
        drawn.records.append((line, text))
    return drawn


def differences(lines: list[Line], drawn: Drawn) -> tuple[list[Path], list[Path]]:
    """(figure files that are missing or differ from the drawing, stored figure files no snippet shows)."""
    stale = [p for p, svg in drawn.files.items() if not p.is_file() or p.read_text(encoding="utf-8") != svg]
    snippets = {ln.file for ln in lines if ln.cell is None}
    orphans = [p for f in sorted(snippets) for p in figure_files(f) if p not in drawn.files]
    return stale, orphans


def write(drawn: Drawn, stale: list[Path], orphans: list[Path]) -> list[Path]:
    for path in stale:
        path.write_text(drawn.files[path], encoding="utf-8")
    for path in orphans:
        path.unlink()
    return [*stale, *orphans]


def describe(drawn: Drawn, stale: list[Path], orphans: list[Path]) -> str:
    out = []
    for path in stale:
        state = "is missing" if not path.is_file() else "differs from what the code draws"
        out.append(f"  {rel(path)} {state} (shown at {drawn.where[path].where()})")
    out += [f"  {rel(path)} is stored but no snippet shows it any more" for path in orphans]
    return "\n".join(out)


def state_of(lines: list[Line]) -> str:
    """A hash of the figure files the program's snippets show, for the runner's cache key."""
    digest = hashlib.sha256()
    for path in sorted({p for f in {ln.file for ln in lines if ln.cell is None} for p in figures_shown(f)}):
        digest.update(path.name.encode() + (path.read_bytes() if path.is_file() else b"missing"))
    return digest.hexdigest()
