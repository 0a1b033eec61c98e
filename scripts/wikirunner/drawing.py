"""Inside a page's child: matplotlib draws off-screen, and each `plt.show()` turns the open figures into SVG
text, in order, marked in the output stream at the line that called it. The same code and matplotlib version
give the same bytes (fixed hash salt for the SVG ids, no date, text kept as text)."""

import hashlib
import html
import io

FIGURE_MARK = "\x00figure "  # + the SVG's hash: an output record that stands for a figure

STYLE = {
    "svg.hashsalt": "pytorch-concept-wiki",
    "svg.fonttype": "none",  # text as <text>, read by screen readers and drawn in the browser's font
    "figure.figsize": (6.4, 3.4),
    "figure.constrained_layout.use": True,
    "font.size": 10,
    "axes.grid": True,
    "grid.alpha": 0.35,
    "axes.spines.top": False,
    "axes.spines.right": False,
    "legend.frameon": False,
    "savefig.transparent": True,  # the page's background shows through, light or dark
}


def prepare() -> None:
    """Import matplotlib with its off-screen backend and the wiki's style (the zygote does it once)."""
    import matplotlib

    matplotlib.use("agg", force=True)
    matplotlib.rcParams.update(STYLE)
    import matplotlib.pyplot  # noqa: F401


def capture(mark) -> list[str]:
    """Make `plt.show()` record every open figure (`mark(text)` puts its place in the output) and close it;
    returns the list the SVG texts go into."""
    import matplotlib.pyplot as plt

    drawn: list[str] = []

    def show(*args, **kwargs):
        for number in plt.get_fignums():
            svg = svg_of(plt.figure(number))
            drawn.append(svg)
            mark(FIGURE_MARK + hashlib.sha256(svg.encode()).hexdigest()[:16])
        plt.close("all")

    plt.show = show
    return drawn


def unshown() -> int:
    import matplotlib.pyplot as plt

    return len(plt.get_fignums())


def svg_of(figure) -> str:
    buffer = io.StringIO()
    figure.savefig(buffer, format="svg", metadata={"Date": None, "Creator": None})
    svg = buffer.getvalue()
    title = f"<title>{html.escape(describe(figure), quote=False)}</title>"
    at = svg.index(">", svg.index("<svg")) + 1
    return svg[:at] + "\n " + title + svg[at:]


def describe(figure) -> str:
    """A text description from what the code wrote on the figure: titles, then each plot's axis labels."""
    parts = [figure.get_suptitle()]
    for axes in figure.axes:
        labels = " / ".join(t for t in (axes.get_ylabel(), axes.get_xlabel()) if t)
        parts.append(": ".join(t for t in (axes.get_title(), labels) if t))
    return "; ".join(p for p in parts if p) or "figure"


def warm_up() -> None:
    """The first figure pays for font loading and the SVG backend's imports: pay it once in the zygote."""
    import matplotlib.pyplot as plt

    figure, axes = plt.subplots()
    axes.plot([0, 1], [1, 0], label="warm")
    axes.set(title="t", xlabel="x", ylabel="y")
    axes.legend()
    svg_of(figure)
    plt.close("all")
