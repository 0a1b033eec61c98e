import torch
import torch.nn.functional as F
from torch import nn


class Plain(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = torch.randn(2, 3, requires_grad=True)  # (1)!

    def forward(self, x):
        return F.linear(x, self.weight)


class Registered(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.randn(2, 3))  # (2)!

    def forward(self, x):
        return F.linear(x, self.weight)


for model in (Plain(), Registered()):
    print(type(model).__name__, len(list(model.parameters())), list(model.state_dict()))
    #> Plain 0 []
    #> Registered 1 ['weight']

try:
    torch.optim.SGD(Plain().parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - optimizer got an empty parameter list

model = Plain().double()  # (3)!
print(model.weight.dtype)
#> torch.float32
try:
    model(torch.randn(4, 3, dtype=torch.float64))
except RuntimeError as e:
    print(type(e).__name__)
    #> RuntimeError
print(Registered().double().weight.dtype)
#> torch.float64


class LayerInForward(nn.Module):
    def forward(self, x):
        return nn.Linear(3, 2)(x)  # (4)!


model = LayerInForward()
x = torch.randn(4, 3)
print(len(list(model.parameters())), torch.equal(model(x), model(x)))
#> 0 False
