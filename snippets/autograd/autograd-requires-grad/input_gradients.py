import torch
from torch import nn

model = nn.Linear(3, 1)
model.requires_grad_(False)  # (1)!

x = torch.tensor([[0.5, -1.0, 2.0]])
print(x.requires_grad, x.is_leaf)
#> False True
x.requires_grad_()  # (2)!

model(x).sum().backward()
print(torch.allclose(x.grad, model.weight))  # (3)!
#> True
print(model.weight.grad, model.bias.grad)
#> None None
