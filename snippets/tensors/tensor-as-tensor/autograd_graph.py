import warnings

import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3

kept = torch.as_tensor(y)
print(kept is y, kept.requires_grad, kept.grad_fn.name())
#> True True MulBackward0

cast = torch.as_tensor(y, dtype=torch.float64)  # (1)!
print(cast.requires_grad, cast.grad_fn.name())
#> True ToCopyBackward0
cast.sum().backward()
print(x.grad.tolist())
#> [3.0, 3.0]

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    fresh = torch.tensor(y)  # (2)!
print(fresh.requires_grad, fresh.grad_fn, fresh.is_leaf)
#> False None True
print(caught[0].category.__name__, "-", str(caught[0].message).split(",")[0])
#> UserWarning - To copy construct from a tensor
