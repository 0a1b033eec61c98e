import torch
from torch import nn

drop = nn.Dropout(p=0.5)
x = torch.ones(1000)

with torch.no_grad():
    out = drop(x)  # (1)!
print(drop.training, sorted(set(out.tolist())))
#> True [0.0, 2.0]

drop.eval()  # (2)!
with torch.no_grad():
    out = drop(x)
print(drop.training, torch.equal(out, x))
#> False True
