import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = (x[:, 0] * x[:, 1] > 0).long()  # (1)!
x, y = x.to(device), y.to(device)


def make_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)


model = make_model()
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
curve = []
for step in range(100):
    optimizer.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    optimizer.step()
    curve.append(round(loss.item(), 3))
print(curve[::20], curve[-1])  # (2)!
#> [0.678, 0.112, 0.045, 0.027, 0.019] 0.014
acc = (model(x).argmax(dim=1) == y).float().mean().item()
print(round(acc, 2))
#> 1.0
