import torch

w = torch.ones(3, device="cpu", requires_grad=True)
try:
    w.add_(1)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - a leaf Variable that requires grad is being used in an in-place operation.
try:
    w[0] = 0.0
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - a view of a leaf Variable that requires grad is being used in an in-place operation.

(w * 2).sum().backward()
lr = 0.1
try:
    w -= lr * w.grad  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - a leaf Variable that requires grad is being used in an in-place operation.

with torch.no_grad():
    w -= lr * w.grad  # (3)!
    w[0] = 0.0
print(w.is_leaf, w.requires_grad, w._version)
#> True True 2
print([round(v, 4) for v in w.tolist()])
#> [0.0, 0.8, 0.8]
