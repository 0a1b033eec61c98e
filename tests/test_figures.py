"""Figures the code draws: the runner stores each one beside its snippet as SVG under a `#> [figure NAME]`
line, finds them stale like output lines, and the site shows them under the code."""

from wikidev.wikitree import failure_text, make_wiki, page, run_pytest
from wikilib.figures import alt_text

DRAW = """import matplotlib.pyplot as plt

fig, ax = plt.subplots()
ax.plot([3, 1, 2])
ax.set(title="Loss", xlabel="step", ylabel="loss")
plt.show()
print("done")
"""


def figure_wiki(root, code=DRAW):
    return make_wiki(
        root,
        {"tensors/draw.ko.md": page("draw", '```python\n--8<-- "draw/plot.py"\n```\n')},
        {"draw/plot.py": code},
        ["draw"],
    )


def test_a_figure_is_stored_beside_its_snippet_and_checked_like_output(tmp_path):
    root = figure_wiki(tmp_path)
    snippet, svg = root / "snippets/draw/plot.py", root / "snippets/draw/plot.1.svg"
    rc, out = run_pytest(root, "--update-outputs")
    assert rc == 0, out
    assert snippet.read_text().endswith('plt.show()\n#> [figure plot.1.svg]\nprint("done")\n#> done\n')
    drawn = svg.read_text()
    assert drawn.startswith("<?xml") and alt_text(drawn) == "Loss: loss / step"
    rc, out = run_pytest(root, "--no-cache")
    assert rc == 0, out
    rc, out = run_pytest(root, "--no-cache")
    assert svg.read_text() == drawn  # the same code draws the same bytes

    svg.write_text(drawn.replace(">Loss<", ">Old title<"))
    rc, out = run_pytest(root)  # a changed figure file is not hidden by the cache either
    assert rc == 1
    text = failure_text(out, "draw.ko.md")
    assert "snippets/draw/plot.1.svg differs from what the code draws" in text
    assert "(shown at snippets/draw/plot.py:6)" in text
    rc, out = run_pytest(root, "--update-outputs")
    assert rc == 0 and svg.read_text() == drawn, out


def test_a_figure_no_snippet_shows_is_stale_and_removed_by_an_update(tmp_path):
    root = figure_wiki(tmp_path)
    assert run_pytest(root, "--update-outputs")[0] == 0
    (root / "snippets/draw/plot.py").write_text('print("done")\n#> done\n')
    rc, out = run_pytest(root)
    assert rc == 1
    assert "snippets/draw/plot.1.svg is stored but no snippet shows it any more" in failure_text(out, "draw.ko.md")
    assert run_pytest(root, "--update-outputs")[0] == 0
    assert not (root / "snippets/draw/plot.1.svg").exists()


def test_a_figure_never_shown_is_an_error(tmp_path):
    root = figure_wiki(tmp_path, DRAW.replace("plt.show()\n", ""))
    rc, out = run_pytest(root)
    assert rc == 1
    assert "the page drew a figure it never showed: call plt.show() after drawing it" in out
