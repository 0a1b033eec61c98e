"""Checks and repairs of a page's rendered HTML: the Python blocks readers see must be the program the runner
runs, notebook HTML (from nbconvert) gets the heading ids and page links a Markdown page has, and inline code
may wrap only between the parts of a name."""

import html
import json
import re
from collections.abc import Callable
from pathlib import Path

from wikilib.errors import WikiError
from wikilib.pages import Page

RE_PY_BLOCK = re.compile(r'<div class="language-(?:python|py|python3) highlight">.*?<code[^>]*>(.*?)</code>', re.S)
RE_TAG = re.compile(r"<[^>]+>")
RE_HEADING = re.compile(r'<h([1-6])([^>]*?) id="[^"]*"')
RE_MD_LINK = re.compile(r'href="([^":#]+)\.md(#[^"]*)?"')
RE_ANCHOR_LINK = re.compile(r'<a class="anchor-link" href="#[^"]*">[^<]*</a>')
RE_PRE = re.compile(r"(<pre\b.*?</pre>)", re.S)
RE_INLINE_CODE = re.compile(r"(<code>)([^<]+)(</code>)")
RE_NAME_JOINT = re.compile(r"(?<=[A-Za-z0-9)\]])([._])(?=[A-Za-z])")


RE_OUTPUT_LINE = re.compile(r'(<a id="__codelineno-[^"]+"[^>]*></a>[ \t]*<span class="c1">#&gt;(?: [^<]*)?</span>\n?)')


def mark_output_lines(content: str) -> str:
    """Wrap each `#>` line of a code block (anchor, indentation, text and line end) in `<span class="wiki-out">`,
    so that the reader can hide the output and guess it first (docs/assets/predict.js)."""
    return RE_OUTPUT_LINE.sub(r'<span class="wiki-out">\1</span>', content)


RE_MD_HEADING = re.compile(r"^#{1,6}[ \t]+(.+?)(?:[ \t]*\{[^}]*\})?[ \t]*$")


def notebook_headings(path: Path) -> list[str]:
    """The headings of a notebook's Markdown cells as HTML, inline code kept (the table of contents
    mkdocs-jupyter builds drops it: "`dim`으로 축 고르기" became "으로 축 고르기")."""
    cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
    texts = [
        "".join(c["source"]) if isinstance(c["source"], list) else c["source"]
        for c in cells
        if c["cell_type"] == "markdown"
    ]
    found = []
    for text in texts:
        for line in text.split("\n"):
            if m := RE_MD_HEADING.match(line):
                found.append(re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(m.group(1), quote=False)))
    return found


def breakable_code(content: str) -> str:
    """Inline code (outside <pre>) gets a line-break opportunity after each `.` and `_` that joins two parts of
    a name: `torch.nn.functional.cross_entropy` wraps there and nowhere else (wiki.css keeps it whole
    otherwise)."""
    parts = RE_PRE.split(content)
    for i in range(0, len(parts), 2):  # the even parts lie outside <pre>
        parts[i] = RE_INLINE_CODE.sub(
            lambda m: m.group(1) + RE_NAME_JOINT.sub(r"\1<wbr>", m.group(2)) + m.group(3), parts[i]
        )
    return "".join(parts)


def check_code_shown(content: str, page: Page) -> None:
    """Raise unless the Python blocks of the page's HTML are, in order, the blocks the runner runs."""
    blocks = ["\n".join(ln.text for ln in block).rstrip() for block in page.blocks]
    shown = [html.unescape(RE_TAG.sub("", m)).rstrip() for m in RE_PY_BLOCK.findall(content)]
    if shown != blocks:
        pairs = zip(shown, blocks, strict=False)
        first = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(shown), len(blocks)))
        raise WikiError(
            page.path,
            None,
            f"Python code block {first + 1} of the built page is not what the runner runs "
            f"({len(shown)} blocks rendered, {len(blocks)} run)",
        )


def notebook_html(content: str, heading_ids: list[str], page_link: Callable[[str, str], str | None]) -> str:
    """nbconvert gives Korean headings empty ids and leaves links to .md files as written: give each heading
    the id the table of contents links to (dropping nbconvert's own heading links), and point each .md link
    at the page it names (`page_link(target, anchor)`, None to keep it)."""
    anchors = iter(heading_ids)
    content = RE_ANCHOR_LINK.sub("", content)
    content = RE_HEADING.sub(lambda m: f'<h{m.group(1)}{m.group(2)} id="{next(anchors, "")}"', content)

    def link(m):
        href = page_link(m.group(1), m.group(2) or "")
        return m.group(0) if href is None else f'href="{href}"'

    return RE_MD_LINK.sub(link, content)
