import warnings

import torch

w = torch.randn(3, requires_grad=True) * 0.01  # (1)!
print(w.is_leaf, w.grad_fn.name())
#> False MulBackward0

(w * 2).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    grad = w.grad
print(grad, caught[0].category.__name__)
#> None UserWarning

try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - can't optimize a non-leaf Tensor

v = torch.randn(3, requires_grad=True).to(torch.float64)  # (2)!
print(v.is_leaf, v.grad_fn.name())
#> False ToCopyBackward0

w = (torch.randn(3) * 0.01).requires_grad_()  # (3)!
v = torch.randn(3, dtype=torch.float64, requires_grad=True)
print(w.is_leaf, v.is_leaf)
#> True True
(w * 2).sum().backward()
print(w.grad.tolist())
#> [2.0, 2.0, 2.0]
