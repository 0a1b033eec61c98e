import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([[1.0, 2.0, 3.0], [0.0, -1.0, 1.0]])
weight = torch.tensor([[1.0, 0.0, -1.0], [0.5, 0.5, 0.5]])  # (1)!
bias = torch.tensor([0.0, 1.0])

out = F.linear(x, weight, bias)
print(out, torch.equal(out, x @ weight.T + bias))
#> tensor([[-2.,  4.],
#>         [-1.,  1.]]) True

layer = nn.Linear(3, 2)  # (2)!
with torch.no_grad():
    layer.weight.copy_(weight)
    layer.bias.copy_(bias)
print(torch.equal(layer(x), out), layer.weight.shape)
#> True torch.Size([2, 3])

w = weight.clone().requires_grad_()  # (3)!
F.linear(x, w, bias).sum().backward()
print(w.grad)
#> tensor([[1., 1., 4.],
#>         [1., 1., 4.]])
