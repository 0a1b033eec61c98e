import warnings

import torch

w = torch.tensor([0.0, 0.0], requires_grad=True)
((w - 1.0) ** 2).sum().backward()
try:
    w -= 0.25 * w.grad  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - a leaf Variable that requires grad is being used in an in-place operation.

w = w - 0.25 * w.grad  # (2)!
print(w.is_leaf, w.grad_fn.name())
#> False SubBackward0

((w - 1.0) ** 2).sum().backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    try:
        w = w - 0.25 * w.grad  # (3)!
    except TypeError as e:
        print(type(e).__name__, "-", e)
        #> TypeError - unsupported operand type(s) for *: 'float' and 'NoneType'
print(caught[0].category.__name__)
#> UserWarning
