import math

import matplotlib.pyplot as plt
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(256, 2)
y = x @ torch.tensor([[2.0], [-3.0]]) + 1.0 + 0.5 * torch.randn(256, 1)  # (1)!
x, y = x.to(device), y.to(device)
ones = torch.ones(256, 1, device=device)
best = torch.linalg.lstsq(torch.cat([x, ones], dim=1), y).solution
floor = nn.functional.mse_loss(x @ best[:2] + best[2], y).item()
print(f"lowest loss a linear model can reach: {floor:.3g}")  # (2)!
#> lowest loss a linear model can reach: 0.276


def train(lr, steps=200):
    torch.manual_seed(0)
    model = nn.Linear(2, 1).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    batches = torch.randint(0, 256, (steps, 16)).to(device)  # (3)!
    curve = []
    for idx in batches:
        optimizer.zero_grad()
        nn.functional.mse_loss(model(x[idx]), y[idx]).backward()
        optimizer.step()
        with torch.no_grad():
            curve.append(nn.functional.mse_loss(model(x), y))  # (4)!
    return torch.stack(curve).cpu().tolist()


runs = {
    "lr=0.003 (too small)": (0.003, "-"),
    "lr=0.1 (good)": (0.1, "--"),
    "lr=0.7 (too large)": (0.7, ":"),
    "lr=1.5 (diverges)": (1.5, "-."),
}
fig, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(6.4, 5.2))
for color, (label, (lr, style)) in enumerate(runs.items()):
    curve = train(lr)
    n = next((i for i, v in enumerate(curve) if not math.isfinite(v)), len(curve))
    ax = top if n < len(curve) else bottom
    ax.plot(range(1, n + 1), curve[:n], style, color=f"C{color}", label=label)  # (5)!
    last = curve[100:]
    if n == len(curve):
        print(f"{label}: final {curve[-1]:.3g}, steps 101-200 {min(last):.3g}"
              f"..{max(last):.3g}")
        #> lr=0.003 (too small): final 1.68, steps 101-200 1.68..5.67
        #> lr=0.1 (good): final 0.288, steps 101-200 0.276..0.29
        #> lr=0.7 (too large): final 0.936, steps 101-200 0.282..2.96
    else:
        nan_at = next(i for i, v in enumerate(curve) if math.isnan(v)) + 1
        print(f"{label}: {curve[n]} from step {n + 1}, nan from step {nan_at},"
              f" final {curve[-1]}")
        #> lr=1.5 (diverges): inf from step 48, nan from step 108, final nan
        mark = f"step {n}: last finite"
        top.plot(n, curve[n - 1], "x", color=f"C{color}", label=mark)
top.set(title="Diverging run: loss grows until it overflows",
        ylabel="loss (log scale)", yscale="log")
bottom.set(title="Full-data MSE loss after each SGD step", xlabel="step",
           ylabel="loss (log scale)", yscale="log")
top.legend(loc="lower right")
bottom.legend(loc="upper right")
plt.show()
#> [figure lr_curves_plot.1.svg]
