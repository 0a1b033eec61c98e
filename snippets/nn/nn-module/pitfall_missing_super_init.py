import torch
from torch import nn


class Broken(nn.Module):
    def __init__(self):
        self.fc = nn.Linear(4, 2)  # (1)!

    def forward(self, x):
        return self.fc(x)


try:
    Broken()
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - cannot assign module before Module.__init__() call


class Fixed(nn.Module):
    def __init__(self):
        super().__init__()  # (2)!
        self.fc = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc(x)


print(Fixed()(torch.randn(3, 4)).shape)
#> torch.Size([3, 2])
