import torch
from torch import nn

x = torch.ones(4, 2)
for set_to_none in (True, False):
    layer = nn.Linear(2, 1)
    opt = torch.optim.Adam(layer.parameters(), lr=0.1)
    for step in range(3):
        opt.zero_grad(set_to_none=set_to_none)  # (1)!
        layer(x).sum().backward()
        opt.step()
        if step == 0:
            layer.weight.requires_grad_(False)  # (2)!
            frozen = layer.weight.detach().clone()
    grad = layer.weight.grad
    moved = not torch.equal(frozen, layer.weight)
    print(set_to_none, grad if grad is None else grad.tolist(), moved)
    #> True None False
    #> False [[0.0, 0.0]] True
