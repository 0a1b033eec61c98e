import warnings

import torch

torch.set_warn_always(True)
x = torch.tensor([1.0, 2.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (x**3).sum().backward(create_graph=True)  # (1)!
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> UserWarning - Using backward() with create_graph=True will create a reference cycle between the parameter and its gradient which can cause a memory leak
print(x.grad.tolist(), x.grad.requires_grad)
#> [3.0, 12.0] True
x.grad = None  # (2)!

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    (dx,) = torch.autograd.grad((x**3).sum(), x, create_graph=True)  # (3)!
    (d2x,) = torch.autograd.grad(dx.sum(), x)
print(len(caught), dx.tolist(), d2x.tolist(), x.grad)
#> 0 [3.0, 12.0] [6.0, 12.0] None
