"""Fail the build when a Python code block in the rendered HTML is not code the runner runs.

The runner (scripts/wikirunner) builds each page's program with wikilib.pages; this hook extracts the Python
blocks from the HTML that Markdown produced and requires each to be one of those program blocks, in order.
"""

import html
import re
from pathlib import Path

from mkdocs.exceptions import PluginError
from wikilib.errors import WikiError
from wikilib.pages import load_page

RE_PY_BLOCK = re.compile(r'<div class="language-(?:python|py|python3) highlight">.*?<code[^>]*>(.*?)</code>', re.S)
RE_TAG = re.compile(r"<[^>]+>")


def _text(code_html: str) -> str:
    return html.unescape(RE_TAG.sub("", code_html)).rstrip()


def on_page_content(content, page, config, files):
    path = Path(page.file.abs_src_path)
    if path.suffix != ".md":
        return content  # notebook cells are the program by construction
    try:
        blocks = ["\n".join(ln.text for ln in block).rstrip() for block in load_page(path).blocks]
    except WikiError as err:
        raise PluginError(str(err)) from None
    shown = [_text(m) for m in RE_PY_BLOCK.findall(content)]
    if shown != blocks:
        pairs = zip(shown, blocks, strict=False)
        first = next((i for i, (a, b) in enumerate(pairs) if a != b), min(len(shown), len(blocks)))
        raise PluginError(
            f"{page.file.src_path}: Python code block {first + 1} of the built page is not what the runner runs "
            f"({len(shown)} blocks rendered, {len(blocks)} run)"
        )
    return content
