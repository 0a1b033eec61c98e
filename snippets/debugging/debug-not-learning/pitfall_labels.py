import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = (x[:, 0] * x[:, 1] > 0).long()
x_bug = x[torch.randperm(64)]  # (1)!


def train(inputs, targets, steps=100):
    inputs, targets = inputs.to(device), targets.to(device)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    curve = []
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(inputs), targets)
        loss.backward()
        optimizer.step()
        curve.append(round(loss.item(), 3))
    acc = (model(inputs).argmax(dim=1) == targets).float().mean().item()
    return curve[::20] + curve[-1:], round(acc, 2)


print("broken", train(x_bug, y))
#> broken ([0.704, 0.603, 0.563, 0.529, 0.48, 0.462], 0.75)
print("fixed ", train(x, y))
#> fixed  ([0.678, 0.112, 0.045, 0.027, 0.019, 0.014], 1.0)
print(y[:8].tolist(), (x[:8, 0] * x[:8, 1] > 0).long().tolist())  # (2)!
#> [1, 1, 1, 1, 0, 1, 1, 0] [1, 1, 1, 1, 0, 1, 1, 0]
print(y[:8].tolist(), (x_bug[:8, 0] * x_bug[:8, 1] > 0).long().tolist())
#> [1, 1, 1, 1, 0, 1, 1, 0] [0, 0, 1, 1, 1, 1, 1, 1]
