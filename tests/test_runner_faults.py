"""Broken pages and snippets, run through the real runner (pytest in a subprocess on a fixture wiki):
each gets the right verdict and a message naming the snippet file and line and the page and line."""

import json
import re

import pytest
from wikitree import make_wiki, page, run_pytest

INCLUDE = '```python\n--8<-- "{}"\n```\n'

SNIPPETS = {
    "good/a.py": "import torch\n\nprint(torch.arange(3).tolist())\n#> [0, 1, 2]\n",
    "boom/a.py": 'import torch\n\nx = torch.ones(2)\nraise RuntimeError("x")\nprint(x)\n',
    "section/a.py": (
        '# --8<-- [start:main]\nimport torch\ndef f():\n    raise ValueError("deep")\nf()\n# --8<-- [end:main]\n'
    ),
    "stale/a.py": "print(1 + 1)\n#> 3\n",
    "syntax/a.py": "x = (1,\nprint(x)\n",
    "hang/a.py": "import time\n\nwhile True:\n    time.sleep(0.05)\n",
    "exit/a.py": 'import sys\n\nprint("before")\nsys.exit(0)\n',
    "defined-later/a.py": "print(later)\n",
}
PAGES = {
    "tensors/good.ko.md": page("good", INCLUDE.format("good/a.py")),
    "tensors/good.en.md": page("good", "English prose.\n\n" + INCLUDE.format("good/a.py")),
    "tensors/boom.ko.md": page("boom", "설명\n\n" + INCLUDE.format("boom/a.py")),
    "tensors/section.ko.md": page("section", INCLUDE.format("section/a.py:main")),
    "tensors/stale.ko.md": page("stale", INCLUDE.format("stale/a.py")),
    "tensors/syntax.ko.md": page("syntax", INCLUDE.format("syntax/a.py")),
    "tensors/hang.ko.md": page("hang", INCLUDE.format("hang/a.py")),
    "tensors/exit.ko.md": page("exit", INCLUDE.format("exit/a.py")),
    "tensors/defined-later.ko.md": page("defined-later", INCLUDE.format("defined-later/a.py")),
    "tensors/missing.ko.md": page("missing", "text\n\n" + INCLUDE.format("nope/a.py")),
    "tensors/frontmatter.ko.md": "---\nid: [frontmatter\n---\n\n# x\n",
    "tensors/inline.ko.md": page("inline", "```python\nprint('typed in the page')\n```\n"),
}


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = make_wiki(tmp_path_factory.mktemp("faults"), PAGES, SNIPPETS, [p.split("/")[1].split(".")[0] for p in PAGES])
    rc, out = run_pytest(root, "--snippet-timeout", "4", "-rA")
    report = json.loads((root / "reports" / "runner.json").read_text(encoding="utf-8"))
    return root, rc, out, {item["id"]: item for item in report["items"]}


def section(out: str, page_name: str) -> str:
    """The failure text pytest printed for one page."""
    m = re.search(rf"_+ docs/tensors/{re.escape(page_name)} [^\n]*_+\n(.*?)(?=\n_{{5,}} |\n=+ )", out, re.S)
    assert m, f"no failure section for {page_name} in:\n{out}"
    return m.group(1)


def test_the_run_fails_but_the_good_page_passes(run):
    _, rc, out, items = run
    assert rc == 1
    assert items["docs/tensors/good.ko.md::cpu"]["status"] == "passed"
    assert items["docs/tensors/good.ko.md::cpu"]["pages"] == ["docs/tensors/good.ko.md", "docs/tensors/good.en.md"]
    assert "docs/tensors/good.en.md" not in {i for item in items.values() for i in [item["id"]] if "good.en" in i}


def test_exception_names_snippet_line_and_page_line(run):
    text = section(run[2], "boom.ko.md")
    assert "RuntimeError in the code of docs/tensors/boom.ko.md on cpu" in text
    assert "at snippets/boom/a.py:4  (shown at docs/tensors/boom.ko.md:13)" in text
    assert 'snippets/boom/a.py:4: raise RuntimeError("x")' in text
    assert "RuntimeError: x" in text
    assert "child.py" not in text  # the traceback is cut down to the reader's code


def test_exception_inside_an_included_section_uses_file_lines(run):
    text = section(run[2], "section.ko.md")
    assert "at snippets/section/a.py:4  (shown at docs/tensors/section.ko.md:11)" in text
    assert "snippets/section/a.py:5: f()" in text
    assert "ValueError: deep" in text


def test_stale_output_shows_where_and_how(run):
    text = section(run[2], "stale.ko.md")
    assert "first at snippets/stale/a.py:2  (shown at docs/tensors/stale.ko.md:11)" in text
    assert "page shows:      #> 3" in text and "program printed: #> 2" in text


def test_syntax_error_is_located(run):
    text = section(run[2], "syntax.ko.md")
    assert "SyntaxError" in text and "snippets/syntax/a.py:1" in text


def test_endless_loop_times_out_at_its_line(run):
    text = section(run[2], "hang.ko.md")
    assert "Timeout in the code of docs/tensors/hang.ko.md" in text
    assert "did not finish within 4 s" in text
    assert re.search(r"at snippets/hang/a\.py:[34] ", text)


def test_sys_exit_mid_page_is_a_failure(run):
    text = section(run[2], "exit.ko.md")
    assert "SystemExit in the code of docs/tensors/exit.ko.md" in text and "snippets/exit/a.py:4" in text


def test_name_used_before_definition(run):
    assert "NameError: name 'later' is not defined" in section(run[2], "defined-later.ko.md")


def test_missing_include_names_the_page_line(run):
    assert "docs/tensors/missing.ko.md:13: included snippet 'nope/a.py' not found in snippets/" in run[2]


def test_bad_front_matter_names_the_line(run):
    assert re.search(r"docs/tensors/frontmatter\.ko\.md:\d+: bad front matter", run[2])


def test_python_typed_inline_is_refused(run):
    assert "docs/tensors/inline.ko.md:11: Python typed inline in a page" in run[2]


def test_update_outputs_fixes_stale_lines_only_where_stale(run, tmp_path):
    root = run[0]
    rc, out = run_pytest(root, "docs/tensors/stale.ko.md", "docs/tensors/good.ko.md", "--update-outputs")
    assert rc == 0, out
    assert (root / "snippets/stale/a.py").read_text(encoding="utf-8") == "print(1 + 1)\n#> 2\n"
    assert (root / "snippets/good/a.py").read_text(encoding="utf-8") == SNIPPETS["good/a.py"]
    rc, out = run_pytest(root, "docs/tensors/stale.ko.md")
    assert rc == 0, out
