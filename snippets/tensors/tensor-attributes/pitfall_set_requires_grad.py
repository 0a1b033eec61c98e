import torch

w = torch.ones(3, requires_grad=True)
y = w * 2
try:
    y.requires_grad = False  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(".")[0])
    #> RuntimeError - you can only change requires_grad flags of leaf variables
print(y.detach().requires_grad)
#> False

try:
    torch.arange(3).requires_grad_()  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - only Tensors of floating point dtype can require gradients

plain = torch.ones(3)
plain.requires_grad_()  # (3)!
print(plain.requires_grad, plain.is_leaf)
#> True True
