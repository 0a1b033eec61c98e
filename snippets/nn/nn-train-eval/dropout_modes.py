import torch
from torch import nn

torch.manual_seed(0)
drop = nn.Dropout(p=0.2)
x = torch.ones(100_000)

out = drop(x)  # (1)!
print(drop.training, sorted(set(out.tolist())))
#> True [0.0, 1.25]
print(round((out == 0).float().mean().item(), 1), round(out.mean().item(), 1))  # (2)!
#> 0.2 1.0

drop.eval()
out = drop(x)  # (3)!
print(drop.training, torch.equal(out, x))
#> False True
