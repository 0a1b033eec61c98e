"""Pages: discovery, front matter, and the Python program a page shows (its code blocks, in order)."""

import json
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import yaml

from . import yamlload
from .errors import WikiError
from .frontmatter import DEVICES, validate_meta
from .includes import Line, read_each_snippet_once, resolve_page_text
from .layout import DOCS, GUIDE_DIRS, LANGS, PAGE_SUFFIXES, SNIPPETS, page_lang, rel
from .markdown import blocks

PYTHON_LANGS = {"python", "py", "python3"}


@dataclass
class Page:
    path: Path
    meta: dict
    body: str  # the Markdown after the front matter (or the notebook JSON)
    body_line: int  # page line where `body` starts

    @property
    def lang(self) -> str:
        return page_lang(self.path)

    @property
    def is_notebook(self) -> bool:
        return self.path.suffix == ".ipynb"

    @property
    def is_topic_page(self) -> bool:
        return self.path.parent not in GUIDE_DIRS

    @property
    def status(self) -> str:
        return self.meta.get("status", "draft")

    @property
    def devices(self) -> list[str]:
        return list(self.meta.get("devices", DEVICES))

    @property
    def only(self) -> dict[str, dict[str, str]]:
        """Device -> {include path: the reason that snippet runs only on that device} (front matter
        `cpu_only` and `cuda_only`)."""
        return {d: dict(self.meta[f"{d}_only"]) for d in DEVICES if self.meta.get(f"{d}_only")}

    @property
    def cuda_default_device(self) -> bool:
        return self.meta.get("cuda_default_device", True)

    @cached_property
    def blocks(self) -> list[list[Line]]:
        """The page's Python code blocks, in order, each line knowing its snippet file and page line."""
        return notebook_blocks(self) if self.is_notebook else markdown_blocks(self)


@dataclass
class Program:
    """The code of one page, run as one program: program line n is `lines[n - 1]`. With a `device`, the
    blocks of snippets that only run on another device (`cuda_only`, `cpu_only`) are left out."""

    page: Page
    device: str | None = None
    lines: list[Line] = field(init=False)
    left_out: dict[str, str] = field(init=False)  # include path -> why it runs only on another device

    def __post_init__(self):
        others = [d for d in self.page.only if self.device is not None and d != self.device]
        self.left_out = {path: why for d in others for path, why in self.page.only[d].items()}
        files = set().union(*(only_files(self.page, d) for d in others))
        self.lines = [ln for block in self.page.blocks if not _only_from(block, files) for ln in block]

    @property
    def source(self) -> str:
        return "\n".join(ln.text for ln in self.lines) + "\n"


def only_files(page: Page, device: str) -> set[Path]:
    """The snippet files that run only on `device`."""
    return {(SNIPPETS / path).resolve() for path in page.only.get(device, {})}


def _only_from(block: list[Line], files: set[Path]) -> bool:
    return bool(files) and bool(block) and all(ln.file in files for ln in block)  # both resolved already


def _front_matter(path: Path, text: str) -> tuple[dict, str, int]:
    lines = text.split("\n")
    if not lines or lines[0].strip() != "---":
        return {}, text, 1
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        raise WikiError(path, 1, "front matter starts with '---' but never ends")
    try:
        meta = yamlload.load("\n".join(lines[1:end])) or {}
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise WikiError(
            path, mark.line + 2 if mark else 1, f"bad front matter: {getattr(exc, 'problem', exc)}"
        ) from None
    if not isinstance(meta, dict):
        raise WikiError(path, 2, "front matter must be a mapping of keys to values")
    return meta, "\n".join(lines[end + 1 :]), end + 2


_loaded: dict[Path, Page] | None = None  # see load_each_page_once


def load_each_page_once() -> None:
    """From now until the next call, `load_page` reads, checks and resolves each page once. For a site build,
    whose snapshot (wikisite.snapshot) calls this as it starts: nothing under docs/ or snippets/ changes while
    it runs, and the checks and transforms ask for the same pages."""
    global _loaded
    _loaded = {}
    read_each_snippet_once()


def load_page(path: Path) -> Page:
    path = Path(path).resolve()
    if _loaded is not None and path in _loaded:
        return _loaded[path]
    page = _read_page(path)
    if _loaded is not None:
        _loaded[path] = page
    return page


def _read_page(path: Path) -> Page:
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".ipynb":
        try:
            meta = json.loads(text).get("metadata", {}).get("wiki", {})
        except json.JSONDecodeError as exc:
            raise WikiError(path, exc.lineno, f"not valid notebook JSON: {exc.msg}") from None
        body, body_line = text, 1
    else:
        meta, body, body_line = _front_matter(path, text)
    page = Page(path, meta, body, body_line)
    validate_meta(path, meta, text, page.is_topic_page)
    return page


def find_pages(docs: Path = DOCS) -> list[Path]:
    """Every page of the wiki, in a stable order."""
    return sorted(
        p.resolve()
        for p in docs.rglob("*")
        if p.suffix in PAGE_SUFFIXES and p.is_file() and ".ipynb_checkpoints" not in p.parts
    )


def markdown_blocks(page: Page) -> list[list[Line]]:
    lines = resolve_page_text(page.path, page.body, page.body_line)
    found = []
    for block in blocks([ln.text for ln in lines]):
        if block.end is None:
            raise WikiError(page.path, lines[block.start].page_line, "code block is never closed")
        if block.lang not in PYTHON_LANGS:
            continue
        indent, code = len(block.indent), []
        for ln in lines[block.start + 1 : block.end]:
            text = ln.text[indent:] if ln.text[:indent].strip() == "" else ln.text.lstrip()
            if ln.file == page.path and text.strip():
                raise WikiError(
                    page.path, ln.line, "Python typed inline in a page: put it in snippets/ and include it with --8<--"
                )
            code.append(Line(text, ln.file, ln.line, ln.page, ln.page_line, via_range=ln.via_range))
        while code and not code[-1].text.strip():
            code.pop()
        found.append(code)
    return found


def notebook_blocks(page: Page) -> list[list[Line]]:
    cells = json.loads(page.body).get("cells", [])
    blocks, number = [], 0
    for cell in cells:
        if cell.get("cell_type") != "code":
            continue
        number += 1
        source = "".join(cell.get("source", [])).split("\n")
        # The cell's stored stdout becomes `#>` lines, so notebooks are checked like snippet files.
        shown = "".join(
            "".join(out.get("text", []))
            for out in cell.get("outputs", [])
            if out.get("output_type") == "stream" and out.get("name") == "stdout"
        )
        source += [f"#> {t}".rstrip() for t in shown.split("\n")[:-1]] if shown else []
        blocks.append([Line(t, page.path, i, page.path, number, cell=number) for i, t in enumerate(source, 1)])
    return blocks


def pages_by_lang(paths: list[Path]) -> dict[Path, dict[str, Path]]:
    """Group pages into language siblings, keyed by the path without its language suffix."""
    groups: dict[Path, dict[str, Path]] = {}
    for path in paths:
        lang = page_lang(path)
        key = path.with_name(path.name.replace(f".{lang}.", ".", 1))
        groups.setdefault(key, {})[lang] = path
    return groups


def check_languages(paths: list[Path]) -> None:
    for path in paths:
        parts = path.name.split(".")
        if len(parts) < 3 or parts[-2] not in LANGS:
            raise WikiError(
                path, None, f"page names end in a language: <name>.{{{','.join(LANGS)}}}{path.suffix} ({rel(path)})"
            )
