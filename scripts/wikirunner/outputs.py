"""`#>` output lines: place what a program printed under the statement that printed it, compare with what
the page shows, and write the real output back into the snippet files (or notebook cells)."""

import ast
import contextlib
import json
import re
from collections import defaultdict
from functools import cache
from pathlib import Path

from wikilib.errors import WikiError
from wikilib.includes import Line

OUTPUT_PREFIX = "#>"
RE_OUTPUT = re.compile(r"^[ \t]*#>(?: (.*))?$")

# On CUDA the same program prints device details that CPU output does not have.
CUDA_NORMALISERS = [
    (re.compile(r", device='cuda:0'"), ""),
    (re.compile(r"device\(type='cuda', index=0\)"), "device(type='cpu')"),
    (re.compile(r"\bcuda:0\b"), "cpu"),
    (re.compile(r"^cuda$"), "cpu"),
]


def is_output(text: str) -> bool:
    return RE_OUTPUT.match(text) is not None


def normalise(text: str, device: str) -> str:
    if device == "cuda":
        for pattern, repl in CUDA_NORMALISERS:
            text = pattern.sub(repl, text)
    return text.rstrip()


def output_line(indent: str, text: str) -> str:
    return f"{indent}{OUTPUT_PREFIX} {text}" if text else f"{indent}{OUTPUT_PREFIX}"


@cache
def statement_ends(source: str) -> dict[int, tuple[int, int]]:
    """For each program line, the last line and column of the innermost statement that contains it."""
    spans: dict[int, tuple[int, int, int]] = {}  # line -> (end line, column, height)

    def visit(nodes) -> None:
        for node in nodes:
            if isinstance(node, ast.stmt):
                height = node.end_lineno - node.lineno
                for line in range(node.lineno, node.end_lineno + 1):
                    if line not in spans or height <= spans[line][2]:
                        spans[line] = (node.end_lineno, node.col_offset, height)
            for name in ("body", "orelse", "finalbody", "handlers", "cases"):
                inner = getattr(node, name, None)
                if isinstance(inner, list):
                    visit(inner)

    visit(ast.parse(source).body)
    return {line: (end, col) for line, (end, col, _) in spans.items()}


def parse_ahead(lines: list[Line]) -> None:
    """Parse a program's statements before it runs: pytest collects while the zygote is still importing torch."""
    with contextlib.suppress(SyntaxError):
        statement_ends(_text(lines))


def _text(lines: list[Line]) -> str:
    return "\n".join(ln.text for ln in lines) + "\n"


def placed_outputs(lines: list[Line], records, device: str, raw: frozenset[Path] = frozenset()) -> dict[int, list[str]]:
    """Program line -> the output lines (with indentation) that go right after it. Output of the files in
    `raw` (snippets that run only on this device) keeps its device strings: no other device's run compares it."""
    ends = statement_ends(_text(lines))
    last_code = max(
        (i for i, ln in enumerate(lines, 1) if ln.text.strip() and not is_output(ln.text)), default=len(lines)
    )
    cell_ends = {ln.cell: i for i, ln in enumerate(lines, 1) if ln.cell is not None and not is_output(ln.text)}
    placed: dict[int, list[str]] = defaultdict(list)
    for line, text in records:
        end, col = ends.get(line, (last_code, 0)) if line else (last_code, 0)
        if lines[end - 1].cell is not None:  # a notebook shows a cell's output below the whole cell
            end, col = cell_ends[lines[end - 1].cell], 0
        text = text.rstrip() if lines[end - 1].file in raw else normalise(text, device)
        placed[end].append(output_line(" " * col, text))
    return placed


def render(lines: list[Line], placed: dict[int, list[str]] | None) -> list[tuple[Line, str]]:
    """The program as shown: with its own `#>` lines (placed is None) or with `placed` outputs instead."""
    shown = []
    for number, ln in enumerate(lines, 1):
        if placed is None:
            shown.append((ln, ln.text.rstrip()))
            continue
        if is_output(ln.text):
            continue
        shown.append((ln, ln.text.rstrip()))
        shown.extend((ln, out) for out in placed.get(number, []))
    return shown


def first_difference(expected: list[tuple[Line, str]], actual: list[tuple[Line, str]]) -> tuple[Line, str, str]:
    """The first shown line that differs: (where it is, what the page shows, what the program printed)."""
    for (ln, exp), (_, act) in zip(expected, actual, strict=False):
        if exp != act:
            return ln, exp, act
    if len(expected) > len(actual):
        ln, exp = expected[len(actual)]
        return ln, exp, "(nothing more was printed)"
    ln, act = actual[len(expected)]
    return ln, "(the page shows nothing more)", act


# Rewriting -----------------------------------------------------------------------------------------------


def rewrite(lines: list[Line], placed: dict[int, list[str]], skip: frozenset[Path] = frozenset()) -> list[Path]:
    """Write `placed` outputs into the files the program's lines come from (except `skip`, files already
    rewritten for a twin page); returns the files it read and wrote back."""
    drop: dict[Path, set[int]] = defaultdict(set)
    add: dict[Path, dict[int, list[str]]] = defaultdict(dict)
    for number, ln in enumerate(lines, 1):
        if ln.via_range and (is_output(ln.text) or placed.get(number)):
            raise WikiError(
                ln.page,
                ln.page_line,
                f"{ln.where()} is included by a line range; "
                "rewriting its outputs would shift the range: include a named section instead",
            )
        key = (ln.file, ln.cell)
        if is_output(ln.text):
            drop[key].add(ln.line)
        if placed.get(number):
            add[key][ln.line] = placed[number]
    changed = []
    notebook_cells: dict[Path, dict[int, list[str]]] = defaultdict(dict)
    for key in set(drop) | set(add):
        path, cell = key
        if path in skip:
            continue
        if cell is not None:
            notebook_cells[path][cell] = [o for _, outs in sorted(add[key].items()) for o in outs]
            continue
        if _rewrite_file(path, drop[key], add[key]):
            changed.append(path)
    for path, cells in notebook_cells.items():
        if _rewrite_notebook(path, cells):
            changed.append(path)
    return changed


def _rewrite_file(path: Path, drop: set[int], add: dict[int, list[str]]) -> bool:
    old = path.read_text(encoding="utf-8").split("\n")
    new = []
    for number, text in enumerate(old, 1):
        if number in drop:
            continue
        new.append(text)
        new.extend(add.get(number, []))
    if new == old:
        return False
    path.write_text("\n".join(new), encoding="utf-8")
    return True


def _rewrite_notebook(path: Path, cells: dict[int, list[str]]) -> bool:
    """Store a code cell's printed lines as its stdout stream output."""
    nb = json.loads(path.read_text(encoding="utf-8"))
    number, changed = 0, False
    for cell in nb.get("cells", []):
        if cell.get("cell_type") != "code":
            continue
        number += 1
        texts = [RE_OUTPUT.match(o).group(1) or "" for o in cells.get(number, [])]
        outputs = [{"name": "stdout", "output_type": "stream", "text": [t + "\n" for t in texts]}] if texts else []
        if cell.get("outputs") != outputs:
            cell["outputs"], changed = outputs, True
    if changed:
        path.write_text(json.dumps(nb, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return changed
