import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 2

try:
    y.requires_grad_(False)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - you can only change requires_grad flags of leaf variables. If you want to use a computed variable in a subgraph that doesn't require differentiation use var_no_grad = var.detach().

try:
    y.requires_grad = True
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - you can only change requires_grad flags of leaf variables.

y_const = y.detach()  # (2)!
print(y_const.requires_grad, y.requires_grad, y.grad_fn.name())
#> False True MulBackward0
