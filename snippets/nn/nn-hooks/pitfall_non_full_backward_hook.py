import warnings

import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
x = torch.randn(5, 3, requires_grad=True)


def show(kind):
    def hook(module, grad_input, grad_output):
        shapes = [None if g is None else tuple(g.shape) for g in grad_input]
        print(kind, "grad_input:", shapes)
        #> old grad_input: [(2,), (5, 4), (4, 2)]
        #> full grad_input: [(5, 3)]

    return hook


handle = model.register_backward_hook(show("old"))  # (1)!
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model(x).sum().backward()
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> FutureWarning - Using a non-full backward hook when the forward contains multiple autograd Nodes is deprecated and will be removed in future versions
handle.remove()
try:
    model.register_full_backward_hook(show("full"))
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(". ")[0])  # (2)!
    #> RuntimeError - Cannot use both regular backward hooks and full backward hooks on a single Module

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
handle = model.register_full_backward_hook(show("full"))  # (3)!
model(x).sum().backward()
handle.remove()
