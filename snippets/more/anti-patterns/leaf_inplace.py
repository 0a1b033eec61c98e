import torch

w = torch.ones(3, requires_grad=True)
try:
    w.mul_(2)  # (1)!
except RuntimeError as e:
    error = e
print(type(error).__name__)
#> RuntimeError
print(error)
#> a leaf Variable that requires grad is being used in an in-place operation.

with torch.no_grad():  # (2)!
    w.mul_(2)
print(w.tolist(), w.is_leaf, w.requires_grad)
#> [2.0, 2.0, 2.0] True True
