import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # (1)!

inputs = torch.randn(16, 4)  # (2)!
targets = inputs.sum(dim=1, keepdim=True)
inputs, targets = inputs.to(device), targets.to(device)

loss = nn.functional.mse_loss(model(inputs), targets)
optimizer.zero_grad()
loss.backward()
optimizer.step()

print(loss.device.type == device)
#> True
print(all(p.grad.device.type == device for p in model.parameters()))
#> True
print(type(loss.item()).__name__)  # (3)!
#> float
