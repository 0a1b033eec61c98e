import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"  # (1)!
print(device)
#> cpu

model = nn.Linear(3, 2).to(device)  # (2)!
x = torch.randn(4, 3, device=device)  # (3)!
target = torch.zeros(4, 2).to(device)
out = model(x)
print(out.device, x.device, target.device)
#> cpu cpu cpu
print(out.device.type == device, model.weight.device.type == device)
#> True True

mask = out.new_ones(4, 2, dtype=torch.bool)  # (4)!
zeros = torch.zeros_like(out)
print(mask.device == out.device, zeros.device == out.device)
#> True True
