import warnings

import torch

w = torch.randn(3, requires_grad=True).to(torch.float64)  # (1)!
print(w.is_leaf, type(w.grad_fn).__name__)
#> False ToCopyBackward0
w.sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(w.grad)
    #> None
print(caught[0].category.__name__)
#> UserWarning

try:
    torch.optim.SGD([w], lr=0.1)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - can't optimize a non-leaf Tensor

v = torch.randn(3, dtype=torch.float64, requires_grad=True)  # (2)!
v.sum().backward()
print(v.is_leaf, v.grad.tolist())
#> True [1.0, 1.0, 1.0]
