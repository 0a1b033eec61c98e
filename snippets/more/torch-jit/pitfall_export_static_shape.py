import torch
from torch import nn
from torch.export import Dim, export

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU()).eval()

ep = export(model, (torch.randn(4, 3),))  # (1)!
try:
    ep.module()(torch.randn(2, 3))
except Exception as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> AssertionError - Guard failed: input.size()[0] == 4

batch = Dim("batch")
ep = export(model, (torch.randn(4, 3),), dynamic_shapes=({0: batch},))  # (2)!
x = torch.randn(2, 3)
print(ep.module()(x).shape, torch.allclose(ep.module()(x), model(x)))
#> torch.Size([2, 2]) True
print(ep.module()(torch.randn(9, 3)).shape)
#> torch.Size([9, 2])
