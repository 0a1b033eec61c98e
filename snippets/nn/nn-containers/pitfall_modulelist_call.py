import torch
from torch import nn

layers = nn.ModuleList([nn.Linear(4, 4), nn.ReLU()])
x = torch.randn(2, 4)
try:
    layers(x)  # (1)!
except NotImplementedError as e:
    print(type(e).__name__, "-", e)
    #> NotImplementedError - Module [ModuleList] is missing the required "forward" function

for layer in layers:  # (2)!
    x = layer(x)
print(x.shape)
#> torch.Size([2, 4])
print(nn.Sequential(*layers)(torch.randn(2, 4)).shape)  # (3)!
#> torch.Size([2, 4])
