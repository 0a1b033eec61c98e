import torch
from torch import nn

features = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3),
    nn.ReLU(),
    nn.Flatten(),
)
model = nn.Sequential(features, nn.Linear(16 * 32 * 32, 10))  # (1)!
x = torch.randn(8, 3, 32, 32)
try:
    model(x)
except RuntimeError as e:
    print(type(e).__name__, "-", e)  # (2)!
    #> RuntimeError - mat1 and mat2 shapes cannot be multiplied (8x14400 and 16384x10)

with torch.no_grad():
    n = features(torch.zeros(1, 3, 32, 32)).shape[1]  # (3)!
print(n, 16 * 30 * 30)
#> 14400 14400
model = nn.Sequential(features, nn.Linear(n, 10))
print(model(x).shape)
#> torch.Size([8, 10])

lazy = nn.Sequential(features, nn.LazyLinear(10))  # (4)!
print(lazy(x).shape, lazy[1].weight.shape, type(lazy[1]).__name__)
#> torch.Size([8, 10]) torch.Size([10, 14400]) Linear
