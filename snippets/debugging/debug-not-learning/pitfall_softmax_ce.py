import math

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = (x[:, 0] * x[:, 1] > 0).long()
x, y = x.to(device), y.to(device)


def train(softmax_first, steps=200):
    torch.manual_seed(0)
    layers = [nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)]
    if softmax_first:
        layers.append(nn.Softmax(dim=1))  # (1)!
    model = nn.Sequential(*layers).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    curve = []
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        curve.append(round(loss.item(), 3))
    return curve[::40] + curve[-1:]


print("broken", train(softmax_first=True))
#> broken [0.676, 0.336, 0.323, 0.318, 0.316, 0.315]
print("fixed ", train(softmax_first=False))
#> fixed  [0.678, 0.045, 0.019, 0.011, 0.007, 0.005]
print("floor ", round(math.log(1 + math.exp(-1)), 3))  # (2)!
#> floor  0.313
