"""Placing printed output under the statement that printed it, comparing, and rewriting `#>` lines."""

from pathlib import Path

import pytest
from wikilib.errors import WikiError
from wikilib.includes import Line, resolve_page_text
from wikirunner import outputs


def program(text: str, file: Path = Path("snippet.py")) -> list[Line]:
    return [Line(t, file, i, Path("page.md"), 10) for i, t in enumerate(text.split("\n"), 1)]


def shown(lines, records, device="cpu") -> list[str]:
    return [t for _, t in outputs.render(lines, outputs.placed_outputs(lines, records, device))]


def test_output_goes_under_the_whole_statement():
    lines = program('print(\n    "a",\n)\nx = 1')
    assert shown(lines, [(2, "a")]) == ["print(", '    "a",', ")", "#> a", "x = 1"]


def test_loop_output_stays_inside_the_loop_with_its_indentation():
    lines = program("for i in range(2):\n    print(i)\n    #> old")
    assert shown(lines, [(2, "0"), (2, "1")]) == ["for i in range(2):", "    print(i)", "    #> 0", "    #> 1"]


def test_empty_lines_and_trailing_spaces():
    lines = program("print('a  ')\nprint()")
    assert shown(lines, [(1, "a  "), (2, "")]) == ["print('a  ')", "#> a", "print()", "#>"]


def test_cuda_device_strings_are_normalised():
    lines = program("print(t)\nprint(t.device)")
    records = [(1, "tensor([1., 2.], device='cuda:0')"), (2, "cuda:0")]
    assert shown(lines, records, "cuda") == ["print(t)", "#> tensor([1., 2.])", "print(t.device)", "#> cpu"]


def test_a_cuda_only_snippet_keeps_its_device_strings():
    lines = program("print(t.device)")
    raw = frozenset({Path("snippet.py")})
    placed = outputs.placed_outputs(lines, [(1, "cuda:0")], "cuda", raw)
    assert [t for _, t in outputs.render(lines, placed)] == ["print(t.device)", "#> cuda:0"]


def test_output_of_a_notebook_cell_goes_below_the_cell():
    lines = [Line(t, Path("nb.ipynb"), i, Path("nb.ipynb"), 1, cell=1) for i, t in enumerate(["print(1)", "y = 2"], 1)]
    assert shown(lines, [(1, "1")]) == ["print(1)", "y = 2", "#> 1"]


def test_first_difference_points_at_the_snippet_line():
    lines = program("print(1)\n#> 2")
    expected = outputs.render(lines, None)
    actual = outputs.render(lines, outputs.placed_outputs(lines, [(1, "1")], "cpu"))
    where, exp, act = outputs.first_difference(expected, actual)
    assert (where.line, exp, act) == (2, "#> 2", "#> 1")


def test_rewrite_replaces_old_outputs_in_the_snippet(tmp_path):
    snippet = tmp_path / "s.py"
    snippet.write_text("x = 1\nprint(x)\n#> stale\n#> stale too\nprint(x + 1)\n", encoding="utf-8")
    lines = program(snippet.read_text(encoding="utf-8").rstrip("\n"), snippet)
    placed = outputs.placed_outputs(lines, [(2, "1"), (5, "2")], "cpu")
    assert outputs.rewrite(lines, placed) == [snippet]
    assert snippet.read_text(encoding="utf-8") == "x = 1\nprint(x)\n#> 1\nprint(x + 1)\n#> 2\n"
    again = program(snippet.read_text(encoding="utf-8").rstrip("\n"), snippet)
    assert outputs.rewrite(again, outputs.placed_outputs(again, [(2, "1"), (4, "2")], "cpu")) == []


def test_rewrite_refuses_line_ranges(tmp_path, monkeypatch):
    from wikilib import includes

    (tmp_path / "s.py").write_text("print(1)\n", encoding="utf-8")
    monkeypatch.setattr(includes, "SNIPPETS", tmp_path)
    lines = [ln for ln in resolve_page_text(tmp_path / "p.md", '--8<-- "s.py:1:1"') if ln.text]
    with pytest.raises(WikiError, match="included by a line range"):
        outputs.rewrite(lines, outputs.placed_outputs(lines, [(1, "1")], "cpu"))
