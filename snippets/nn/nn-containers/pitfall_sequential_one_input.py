import torch
from torch import nn


class AddTwo(nn.Module):
    def forward(self, a, b):
        return a + b


class Split(nn.Module):
    def forward(self, x):
        return x[:, :2], x[:, 2:]


a, b = torch.randn(3, 2), torch.randn(3, 2)
try:
    nn.Sequential(AddTwo(), nn.ReLU())(a, b)  # (1)!
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - Sequential.forward() takes 2 positional arguments but 3 were given

try:
    nn.Sequential(Split(), nn.Linear(2, 2))(torch.randn(3, 4))  # (2)!
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - linear(): argument 'input' (position 1) must be Tensor, not tuple

try:
    nn.Sequential(Split(), AddTwo())(torch.randn(3, 4))  # (3)!
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - AddTwo.forward() missing 1 required positional argument: 'b'


class SplitAdd(nn.Module):
    def __init__(self):
        super().__init__()
        self.split = Split()
        self.add = AddTwo()
        self.act = nn.ReLU()

    def forward(self, x):
        left, right = self.split(x)  # (4)!
        return self.act(self.add(left, right))


print(SplitAdd()(torch.randn(3, 4)).shape)
#> torch.Size([3, 2])
