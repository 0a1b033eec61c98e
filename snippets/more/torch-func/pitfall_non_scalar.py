import torch
from torch.func import grad, jacrev, vmap


def square(x):
    return x**2


x = torch.tensor([1.0, 2.0, 3.0])
try:
    grad(square)(x)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(": ", 1)[1].split(". ")[0])
    #> RuntimeError - Expected f(*args) to return a scalar Tensor, got tensor with 1 dims

try:
    grad(lambda t: square(t).sum().reshape(1))(x)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(": ", 1)[1].split(". ")[0])
    #> RuntimeError - Expected f(*args) to return a scalar Tensor, got tensor with 1 dims

print(grad(lambda t: square(t).sum())(x))  # (2)!
#> tensor([2., 4., 6.])
print(vmap(grad(square))(x))  # (3)!
#> tensor([2., 4., 6.])
print(jacrev(square)(x).diagonal())
#> tensor([2., 4., 6.])
