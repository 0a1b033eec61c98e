import torch
from torch import nn

x = torch.ones(2)
x.to(torch.float64)  # (1)!
print(x.dtype)
#> torch.float32

x = x.to(torch.float64)  # (2)!
print(x.dtype)
#> torch.float64

model = nn.Linear(2, 1)
model.to(torch.float64)  # (3)!
print(model.weight.dtype)
#> torch.float64
