import torch

x = torch.ones(2, requires_grad=True)
y = x * 3
try:
    y.requires_grad_(False)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(".")[0])
    #> RuntimeError - you can only change requires_grad flags of leaf variables
z = y.detach()  # (2)!
print(z.requires_grad, y.requires_grad)
#> False True
