import matplotlib.pyplot as plt
import torch


def loss_fn(x, y):
    return x**2 / 20 + y**2


def run(make, steps=25):
    p = torch.nn.Parameter(torch.tensor([-9.0, 1.0]))
    opt = make([p])
    path = [p.tolist()]
    for _ in range(steps):
        opt.zero_grad()
        loss_fn(p[0], p[1]).backward()
        opt.step()
        path.append(p.tolist())
    return torch.tensor(path).cpu()


optimizers = {
    "SGD(lr=0.9)": (lambda ps: torch.optim.SGD(ps, lr=0.9), "o-"),
    "SGD(lr=0.9, momentum=0.7)": (
        lambda ps: torch.optim.SGD(ps, lr=0.9, momentum=0.7),
        "s--",
    ),
    "Adam(lr=0.5)": (lambda ps: torch.optim.Adam(ps, lr=0.5), "^:"),
}

xs = torch.linspace(-10, 2, 60)
ys = torch.linspace(-1.2, 1.2, 60)
gx, gy = torch.meshgrid(xs, ys, indexing="xy")
fig, ax = plt.subplots(figsize=(6.4, 4))
ax.contour(
    gx.cpu().numpy(), gy.cpu().numpy(), loss_fn(gx, gy).cpu().numpy(),
    levels=[0.05, 0.2, 0.5, 1, 2, 3.5], colors="gray", linewidths=0.6,
)
for label, (make, style) in optimizers.items():
    path = run(make)
    ax.plot(path[:, 0], path[:, 1], style, label=label, markersize=4, linewidth=1)
    first = [round(v, 2) for v in (path[1] - path[0]).tolist()]
    dist = path.norm(dim=1)
    closest = dist.argmin().item()
    print(
        f"{label:<26} first {first!s:<13} "
        f"closest {dist[closest]:.2f} @{closest:<3} last {dist[-1]:.2f}"
    )
    #> SGD(lr=0.9)                first [0.81, -1.8]  closest 0.85 @25  last 0.85
    #> SGD(lr=0.9, momentum=0.7)  first [0.81, -1.8]  closest 0.05 @19  last 0.11
    #> Adam(lr=0.5)               first [0.5, -0.5]   closest 0.25 @21  last 0.80
ax.plot([0], [0], "k*", markersize=12, zorder=5, label="minimum (0, 0)")
ax.set(
    title="25 steps on loss x**2/20 + y**2 from (-9, 1)",
    xlabel="x (flat direction)", ylabel="y (steep direction)",
)
fig.legend(loc="outside lower center", ncols=2)
plt.show()
#> [figure paths_plot.1.svg]
