import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))

params = model.parameters()
print(sum(p.numel() for p in params))  # (1)!
#> 58
try:
    torch.optim.SGD(params, lr=0.1)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - optimizer got an empty parameter list

head = model[2]
try:
    torch.optim.SGD(
        [{"params": model.parameters()}, {"params": head.parameters(), "lr": 1.0}],
        lr=0.1,
    )  # (2)!
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - some parameters appear in more than one parameter group

head_ids = {id(p) for p in head.parameters()}
rest = [p for p in model.parameters() if id(p) not in head_ids]
opt = torch.optim.SGD(
    [{"params": rest}, {"params": head.parameters(), "lr": 1.0}], lr=0.1
)
print([len(g["params"]) for g in opt.param_groups])
#> [2, 2]
