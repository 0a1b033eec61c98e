"""The one Markdown reader (wikilib.markdown) at the edges where the wiki's old scanners disagreed, and the site
transforms working without the site generator."""

import subprocess
import sys

from wikilib.markdown import after_blocks, annotations, before_blocks_including, blocks, headings, map_prose, prose

NESTED = [
    "# Title { #title }",
    "````markdown",
    "```python",
    '--8<-- "not/an/include.py"',
    "```",
    "## not a heading",
    "````",
    "## Real { #real }",
    "```python",
    "--8<-- 'tensors/x.py'",
    "```",
    "",
    "1. first annotation",
    "2. second",
    "",
    "after",
]


def test_a_fence_closes_only_on_its_own_character_and_length():
    found = blocks(NESTED)
    assert [(b.start, b.end, b.lang) for b in found] == [(1, 6, "markdown"), (8, 10, "python")]
    assert [h.id for h in headings(NESTED)] == ["title", "real"]
    assert list(prose(NESTED)) == [0, 7, 11, 12, 13, 14, 15]


def test_an_include_is_read_in_either_quote_and_only_where_pymdownx_reads_it():
    outer, inner = blocks(NESTED)
    assert [(i.index, i.spec) for i in outer.includes] == [(3, "not/an/include.py")]  # a line of a block is a line
    assert [(i.index, i.path) for i in inner.includes] == [(9, "tensors/x.py")]
    ranged = blocks(["```python", '--8<-- "a/b.py:3:7"', '  ;--8<-- "escaped.py"', "```"])[0]
    assert [(i.spec, i.path) for i in ranged.includes] == [("a/b.py:3:7", "a/b.py")]


def test_annotations_are_the_numbered_list_after_a_block():
    inner = blocks(NESTED)[1]
    assert annotations(NESTED, inner) == (2, 15)  # two items; the list ends before "after"
    assert annotations(["```py", "```", "", "", "text"], blocks(["```py", "```", "", "", "text"])[0]) == (0, 3)


def test_prose_changes_leave_code_and_inline_code_alone():
    text = "a [[x]] `[[y]]`\n```python\n[[z]]\n```\n[[w]]"
    assert map_prose(text, lambda s: s.replace("[[", "<")) == "a <x]] `[[y]]`\n```python\n[[z]]\n```\n<w]]"


def test_text_goes_above_each_block_including_a_snippet():
    text = "  ```python\n  --8<-- 'a.py'\n  ```\n```python\n--8<-- \"b.py\"\n```"
    out = before_blocks_including(text, lambda path, indent: f"{indent}<!-- {path} -->" if path == "a.py" else None)
    assert out.split("\n")[:2] == ["  <!-- a.py -->", "  ```python"] and out.count("<!--") == 1


def test_the_page_transforms_do_not_need_the_site_generator():
    code = "import sys, wikisite.transforms, wikisite.outputs, wikisite.rendered; print('mkdocs' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "False"


def test_after_blocks_puts_lines_after_a_closed_block_and_its_annotations():
    text = '```python\n--8<-- "a/one.py"\n```\n\n1.  note\n\nProse\n\n```python\n--8<-- "a/two.py"\n```'
    added = after_blocks(text, lambda block: [f"<{block.includes[0].path}>"])
    assert added.split("\n") == [
        "```python",
        '--8<-- "a/one.py"',
        "```",
        "",
        "1.  note",
        "",
        "<a/one.py>",
        "",
        "Prose",
        "",
        "```python",
        '--8<-- "a/two.py"',
        "```",
        "",
        "<a/two.py>",
    ]
