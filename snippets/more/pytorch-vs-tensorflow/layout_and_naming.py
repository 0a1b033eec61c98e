import torch
from torch import nn

conv = nn.Conv2d(in_channels=3, out_channels=8, kernel_size=3)
images = torch.zeros(2, 3, 32, 32)  # (1)!
print(tuple(conv.weight.shape), tuple(conv(images).shape))
#> (8, 3, 3, 3) (2, 8, 30, 30)

fc = nn.Linear(in_features=4, out_features=2)  # (2)!
print(tuple(fc.weight.shape), tuple(fc(torch.zeros(5, 4)).shape))
#> (2, 4) (5, 2)

lazy = nn.LazyLinear(out_features=2)  # (3)!
lazy(torch.zeros(5, 7))
print(type(lazy).__name__, tuple(lazy.weight.shape))
#> Linear (2, 7)
