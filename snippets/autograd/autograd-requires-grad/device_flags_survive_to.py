import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad_(False)
model.to(device)  # (1)!
print([p.requires_grad for p in model.parameters()])
#> [False, False, True, True]
print(all(p.is_leaf for p in model.parameters()))
#> True

x = torch.randn(5, 4, device=device)
model(x).sum().backward()
print([p.grad is None for p in model.parameters()])  # (2)!
#> [True, True, False, False]
