import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.linspace(0, 10, 32, device=device).unsqueeze(1)
y = 3 * x + 1


def train(lr, steps, clip=None):
    model = nn.Linear(1, 1).to(device)
    with torch.no_grad():
        model.weight.zero_()
        model.bias.zero_()
    opt = torch.optim.SGD(model.parameters(), lr=lr)
    losses, weights = [], []
    for _ in range(steps):
        loss = nn.functional.mse_loss(model(x), y)
        opt.zero_grad()
        loss.backward()
        if clip is not None:
            nn.utils.clip_grad_norm_(model.parameters(), max_norm=clip)  # (1)!
        opt.step()
        losses.append(loss.item())
        weights.append(model.weight.item())
    return losses, weights


losses, weights = train(lr=0.1, steps=60)
for step in (0, 1, 2, 10, 22, 23, 47, 48, 49):
    print(step, f"loss={losses[step]:.1e}", f"weight={weights[step]:.1e}")  # (2)!
    #> 0 loss=3.4e+02 weight=2.1e+01
    #> 1 loss=1.2e+04 weight=-1.0e+02
    #> 2 loss=4.1e+05 weight=6.4e+02
    #> 10 loss=9.5e+17 weight=9.7e+08
    #> 22 loss=3.3e+36 weight=1.8e+18
    #> 23 loss=inf weight=-1.1e+19
    #> 47 loss=inf weight=-inf
    #> 48 loss=nan weight=nan
    #> 49 loss=nan weight=nan
finite = torch.isfinite(torch.tensor(losses))
print("first non-finite loss:", (~finite).nonzero()[0].item())  # (3)!
#> first non-finite loss: 23

losses, _ = train(lr=0.01, steps=300)
print("lr=0.01:", f"{losses[-1]:.2f}")  # (4)!
#> lr=0.01: 0.00
losses, _ = train(lr=0.1, steps=300, clip=1.0)
print("lr=0.1, clip=1.0:", round(losses[-1], 1))
#> lr=0.1, clip=1.0: 0.0
print(torch.isfinite(torch.tensor(losses)).all().item())
#> True
