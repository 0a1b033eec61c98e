import matplotlib.pyplot as plt
import torch

x = torch.arange(6).view(2, 3) * 10
views = {"x": x, "x.view(3, 2)": x.view(3, 2), "x.t()": x.t()}


def offsets(t):
    rows, cols = t.shape
    s0, s1 = t.stride()
    return [[t.storage_offset() + i * s0 + j * s1 for j in range(cols)]
            for i in range(rows)]


flat = x.flatten().tolist()
for name, t in views.items():
    order = [k for row in offsets(t) for k in row]
    reads = all(v == flat[k] for v, k in zip(t.flatten().tolist(), order))
    print(f"{name:13}{t.stride()} {t.is_contiguous()!s:5} {order} {reads}")
    #> x            (3, 1) True  [0, 1, 2, 3, 4, 5] True
    #> x.view(3, 2) (2, 1) True  [0, 1, 2, 3, 4, 5] True
    #> x.t()        (1, 3) False [0, 3, 1, 4, 2, 5] True

fig, axs = plt.subplot_mosaic(
    [["x", "x.view(3, 2)", "x.t()"], ["s", "s", "s"]],
    figsize=(6.4, 5.4), height_ratios=[3, 2.2],
)
for name, t in views.items():
    ax, offs, vals = axs[name], offsets(t), t.tolist()
    rows, cols = t.shape
    for i in range(rows):
        for j in range(cols):
            ax.add_patch(plt.Rectangle((j, i), 1, 1, fill=False, lw=1.2))
            ax.text(j + 0.08, i + 0.1, f"#{i * cols + j + 1}", ha="left",
                    va="top", fontsize=7, alpha=0.7)
            ax.text(j + 0.5, i + 0.45, vals[i][j], ha="center", va="center",
                    fontsize=13, weight="bold")
            ax.text(j + 0.5, i + 0.8, f"s[{offs[i][j]}]", ha="center",
                    va="center", fontsize=9)
    ax.set(title=f"{name}\nstride {t.stride()}", xlim=(-0.05, 3.05),
           ylim=(3.05, -0.05), aspect="equal", xlabel="column", ylabel="row")
    ax.set(xticks=[], yticks=[])
    ax.grid(False)
    ax.spines[:].set_visible(False)

ax = axs["s"]
for k, v in enumerate(flat):
    ax.add_patch(plt.Rectangle((k, 0), 1, 1, fill=False, lw=1.2))
    ax.text(k + 0.5, 0.45, v, ha="center", va="center", fontsize=12, weight="bold")
    ax.text(k + 0.5, 0.8, f"s[{k}]", ha="center", va="center", fontsize=9)
orders = {
    "x and x.view(3, 2) read s[0], s[1], ... in order": (offsets(x), 0, "-"),
    "x.t() jumps: s[0], s[3], s[1], s[4], ...": (offsets(x.t()), 1, "--"),
}
for label, (offs, below, ls) in orders.items():
    order = [k for row in offs for k in row]
    y, bend = (1.0, 0.3) if below else (0.0, -0.5)
    for a, b in zip(order, order[1:]):
        ax.annotate("", (b + 0.5, y), (a + 0.5, y), arrowprops=dict(
            arrowstyle="->", ls=ls, lw=1.2, shrinkA=2, shrinkB=2,
            connectionstyle=f"arc3,rad={bend if b > a else -bend}"))
    ax.plot([], [], ls=ls, color="black", label=label)
ax.set(title="shared 1-D storage of all three (s[k] = storage offset k)",
       xlim=(-0.05, 6.05), ylim=(2.2, -0.9),
       xlabel="storage offset, and the order each tensor reads it",
       xticks=[], yticks=[])
ax.grid(False)
ax.spines[:].set_visible(False)
fig.legend(loc="outside lower center", ncols=1, fontsize=8)
plt.show()
#> [figure storage_order_plot.1.svg]
