import torch
from torch import nn

lin = nn.Linear(2, 2)


def double_in_place(module, args):
    args[0].mul_(2)  # (1)!


handle = lin.register_forward_pre_hook(double_in_place)
x = torch.tensor([[1.0, 2.0]])
lin(x)
lin(x)
print(x.tolist())
#> [[4.0, 8.0]]

x = torch.tensor([[1.0, 2.0]], requires_grad=True)
try:
    lin(x)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - a leaf Variable that requires grad is being used in an in-place operation.
handle.remove()


def double(module, args):
    return args[0] * 2  # (2)!


lin.register_forward_pre_hook(double)
x = torch.tensor([[1.0, 2.0]])
lin(x)
print(x.tolist())
#> [[1.0, 2.0]]

block = nn.Sequential(nn.Linear(2, 2), nn.ReLU(inplace=True))
block[1].register_full_backward_hook(lambda m, gin, gout: None)
try:
    block(x)  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(". ")[0])
    #> RuntimeError - Output 0 of BackwardHookFunction is a view and is being modified inplace
