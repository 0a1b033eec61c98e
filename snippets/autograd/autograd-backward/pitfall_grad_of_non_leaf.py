import warnings

import torch

w = torch.randn(3, requires_grad=True) * 0.01  # (1)!
x = torch.tensor([1.0, 2.0, 3.0])
(w * x).sum().backward()
print(w.is_leaf, type(w.grad_fn).__name__)
#> False MulBackward0

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(w.grad)
    #> None
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> UserWarning - The .grad attribute of a Tensor that is not a leaf Tensor is being accessed

w = (torch.randn(3) * 0.01).requires_grad_()  # (2)!
(w * x).sum().backward()
print(w.is_leaf, w.grad.tolist())
#> True [1.0, 2.0, 3.0]

h = w * 2
h.retain_grad()  # (3)!
(h * x).sum().backward()
print(h.grad.tolist())
#> [1.0, 2.0, 3.0]
