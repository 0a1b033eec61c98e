"""The runner resolves `--8<--` includes itself (to know where each line comes from); it must give exactly
what pymdownx.snippets renders, for small cases and for every real page."""

import markdown
import pytest
from wikilib import includes
from wikilib.errors import WikiError
from wikilib.includes import resolve_page_text
from wikilib.layout import SNIPPETS
from wikilib.pages import find_pages, load_page

SNIPPET = """import torch
# --8<-- [start:make]
x = torch.ones(3)
# --8<-- [end:make]
# --8<-- [start:show]
print(x.sum())
#> tensor(3.)
# --8<-- [end:show]
print("done")"""

NESTED = """# header
--8<-- "demo.py:make"
y = 2"""


def pymdownx_lines(text: str, base) -> list[str]:
    md = markdown.Markdown(
        extensions=["pymdownx.snippets"],
        extension_configs={"pymdownx.snippets": {"base_path": [str(base)], "check_paths": True}},
    )
    return md.preprocessors["snippet"].run(text.split("\n"))


@pytest.fixture
def snippets(tmp_path, monkeypatch):
    (tmp_path / "demo.py").write_text(SNIPPET, encoding="utf-8")
    (tmp_path / "nested.py").write_text(NESTED, encoding="utf-8")
    (tmp_path / "trailing.py").write_text("a = 1\nb = 2\n", encoding="utf-8")
    monkeypatch.setattr(includes, "SNIPPETS", tmp_path)
    return tmp_path


@pytest.mark.parametrize(
    "spec",
    [
        "demo.py",
        "demo.py:make",
        "demo.py:show",
        "demo.py:2:3",
        "demo.py:1:1,6:7",
        "demo.py:-2:",
        "demo.py:3",
        "demo.py::4",
        "nested.py",
        "trailing.py",
    ],
)
def test_matches_pymdownx(snippets, spec):
    page = f'text\n\n```python\n--8<-- "{spec}"\n```\n\n!!! note\n    ```python\n    --8<-- "{spec}"\n    ```\n'
    ours = [ln.text for ln in resolve_page_text(snippets / "page.md", page)]
    assert ours == pymdownx_lines(page, snippets)


def test_lines_know_their_origin(snippets):
    lines = resolve_page_text(snippets / "page.md", 'one\n--8<-- "demo.py:show"\n')
    shown = [(ln.text, ln.file.name, ln.line, ln.page_line) for ln in lines]
    assert shown == [
        ("one", "page.md", 1, 1),
        ("print(x.sum())", "demo.py", 6, 2),
        ("#> tensor(3.)", "demo.py", 7, 2),
        ("", "page.md", 3, 3),
    ]


def test_nested_include_keeps_innermost_file(snippets):
    lines = resolve_page_text(snippets / "page.md", '--8<-- "nested.py"')
    assert [(ln.file.name, ln.line) for ln in lines] == [("nested.py", 1), ("demo.py", 3), ("nested.py", 3)]


@pytest.mark.parametrize(
    "spec, message",
    [
        ("missing.py", "page.md:3: included snippet 'missing.py' not found in snippets/"),
        ("demo.py:nosuch", "page.md:3: section 'nosuch' not found in"),
        ("../outside.py", "page.md:3: include '../outside.py' points outside snippets/"),
    ],
)
def test_bad_includes_name_page_and_line(snippets, spec, message):
    with pytest.raises(WikiError) as err:
        resolve_page_text(snippets / "page.md", f'a\nb\n--8<-- "{spec}"\n')
    assert message in str(err.value)


@pytest.mark.parametrize("path", [p for p in find_pages() if p.suffix == ".md"], ids=lambda p: p.name)
def test_every_page_resolves_like_pymdownx(path):
    page = load_page(path)
    ours = [ln.text for ln in resolve_page_text(path, page.body, page.body_line)]
    assert ours == pymdownx_lines(page.body, SNIPPETS)
