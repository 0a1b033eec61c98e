"""The rendered HTML's repairs: inline code wraps only between the parts of a name, and `#>` lines are marked
so that the predict-the-output switch can hide them."""

from wikisite.rendered import breakable_code, mark_output_lines


def test_inline_code_may_break_only_after_the_dot_or_underscore_joining_a_name():
    html = "<p><code>torch.nn.functional.cross_entropy</code>가 <code>1.5</code> <code>__init__</code></p>"
    name = "<code>torch.<wbr>nn.<wbr>functional.<wbr>cross_<wbr>entropy</code>"
    assert breakable_code(html) == f"<p>{name}가 <code>1.5</code> <code>__init__</code></p>"


def test_code_blocks_are_left_alone():
    block = '<pre><span></span><code><span class="n">x</span>.grad\n<code>a.b</code></code></pre>'
    assert breakable_code(block) == block


def test_output_lines_are_marked_with_their_indentation_and_line_end():
    line = '<a id="__codelineno-0-{n}" name="__codelineno-0-{n}" href="#__codelineno-0-{n}"></a>'
    html = (
        line.format(n=1)
        + '<span class="nb">print</span>(1)\n'
        + line.format(n=2)
        + '<span class="c1">#&gt; 1</span>\n'
        + line.format(n=3)
        + '    <span class="c1">#&gt;</span>\n'
        + line.format(n=4)
        + '<span class="c1"># a comment</span>\n'
    )
    marked = mark_output_lines(html)
    assert marked.count('<span class="wiki-out">') == 2
    assert '<span class="wiki-out">' + line.format(n=3) + '    <span class="c1">#&gt;</span>\n</span>' in marked
    assert '<span class="wiki-out">' + line.format(n=4) not in marked
