import torch

layer = torch.nn.Linear(3, 2)
w = layer.weight
print(w.shape, w.requires_grad, w.is_leaf, w.grad)  # (1)!
#> torch.Size([2, 3]) True True None

out = layer(torch.ones(4, 3))
print(out.shape, out.requires_grad, out.is_leaf, type(out.grad_fn).__name__)  # (2)!
#> torch.Size([4, 2]) True False AddmmBackward0

with torch.no_grad():
    evaluated = layer(torch.ones(4, 3))
print(evaluated.requires_grad, evaluated.grad_fn)  # (3)!
#> False None

print(sum(p.numel() for p in layer.parameters()))  # (4)!
#> 8
