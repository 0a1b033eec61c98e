"""Figures a snippet draws with matplotlib. Each `plt.show()` shows up in the snippet as an output line
`#> [figure NAME]` under that call, and the figure itself as the SVG file NAME (`<snippet stem>.<n>.svg`)
beside the snippet: both written by the runner from a real run, compared like the other output lines, and
shown on the page under the code."""

import html
import re
from pathlib import Path

RE_FIGURE = re.compile(r"^\[figure ([\w-]+\.\d+\.svg)\]$")
RE_FIGURE_LINE = re.compile(r"^[ \t]*#> \[figure ([\w-]+\.\d+\.svg)\]$")
RE_TITLE = re.compile(r"<title>(.*?)</title>", re.S)


def figure_text(name: str) -> str:
    return f"[figure {name}]"


def figure_name(snippet: Path, number: int) -> str:
    return f"{snippet.stem}.{number}.svg"


def figures_shown(snippet: Path) -> list[Path]:
    """The figure files a snippet's output lines show, in order."""
    text = snippet.read_text(encoding="utf-8") if snippet.is_file() else ""
    return [snippet.parent / m.group(1) for m in map(RE_FIGURE_LINE.match, text.split("\n")) if m]


def figure_files(snippet: Path) -> list[Path]:
    """Every figure file stored for a snippet, shown or not (a stale one is left after a figure is removed)."""
    pattern = re.compile(re.escape(snippet.stem) + r"\.\d+\.svg")
    return sorted(p for p in snippet.parent.glob(f"{snippet.stem}.*.svg") if pattern.fullmatch(p.name))


def alt_text(svg: str) -> str:
    """The figure's description, which the runner stores as the SVG's <title>."""
    m = RE_TITLE.search(svg)
    return html.unescape(m.group(1)).strip() if m else ""


def site_name(figure: Path) -> str:
    """The figure's file name beside the page that shows it: topic folder and name, unique in the wiki."""
    return f"{figure.parent.name}.{figure.name}"


def page_figures(blocks) -> list[Path]:
    """The figure files a page's code blocks (lists of Lines) show."""
    files = dict.fromkeys(ln.file for block in blocks for ln in block if ln.cell is None)
    return [figure for file in files for figure in figures_shown(file)]
