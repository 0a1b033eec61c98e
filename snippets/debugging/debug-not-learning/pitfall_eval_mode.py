import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2) * 30 + 50
y = ((x[:, 0] - 50) * (x[:, 1] - 50) > 0).long()
x, y = x.to(device), y.to(device)


def train(leave_eval, steps=100):
    torch.manual_seed(0)
    model = nn.Sequential(
        nn.Linear(2, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Linear(16, 2)
    ).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    if leave_eval:
        model.eval()  # (1)!
    curve = []
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
        curve.append(round(loss.item(), 3))
    return curve[::20] + curve[-1:]


print("broken", train(leave_eval=True))
#> broken [8.555, nan, nan, nan, nan, nan]
print("fixed ", train(leave_eval=False))
#> fixed  [0.632, 0.445, 0.365, 0.313, 0.276, 0.249]

drop = nn.Dropout(p=0.5).to(device)
h = torch.ones(10000, device=device)
drop.eval()
print(drop.training, (drop(h) == 0).float().mean().item())  # (2)!
#> False 0.0
drop.train()
print(drop.training, round((drop(h) == 0).float().mean().item(), 1))
#> True 0.5
