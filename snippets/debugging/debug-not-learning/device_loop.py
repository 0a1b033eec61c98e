import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = (x[:, 0] * x[:, 1] > 0).long()
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2))
model, x, y = model.to(device), x.to(device), y.to(device)  # (1)!
print({p.device.type for p in model.parameters()} == {x.device.type}, y.dtype)
#> True torch.int64

optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
losses = torch.zeros(100, device=device)
for step in range(100):
    optimizer.zero_grad()
    loss = nn.functional.cross_entropy(model(x), y)
    loss.backward()
    optimizer.step()
    losses[step] = loss.detach()  # (2)!
curve = losses.tolist()  # (3)!
print([round(v, 3) for v in curve[::20]], losses.device.type == device)
#> [0.678, 0.112, 0.045, 0.027, 0.019] True
