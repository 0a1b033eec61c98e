import torch
from torch import nn

model = nn.Linear(3, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.to("meta")  # (1)!
print(opt.param_groups[0]["params"][0] is model.weight)
#> False
print(opt.param_groups[0]["params"][0].device, model.weight.device)
#> cpu meta

model = nn.Linear(3, 1)
weight = model.weight
opt = torch.optim.SGD(model.parameters(), lr=0.1)
model.to(torch.float64)  # (2)!
print(model.weight is weight, opt.param_groups[0]["params"][0] is model.weight)
#> True True

model = nn.Linear(3, 1).to("meta")  # (3)!
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(opt.param_groups[0]["params"][0] is model.weight)
#> True
