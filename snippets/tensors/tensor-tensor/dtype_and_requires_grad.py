import torch

print(torch.tensor([1, 2, 3], dtype=torch.float32).tolist())
#> [1.0, 2.0, 3.0]
print(torch.tensor([1.7, -1.7], dtype=torch.int64).tolist())  # (1)!
#> [1, -1]
print(torch.tensor(0.1).item() == 0.1)
#> False
print(torch.tensor(0.1, dtype=torch.float64).item() == 0.1)  # (2)!
#> True

w = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(w.requires_grad, w.is_leaf, w.grad_fn)
#> True True None
loss = (w * w).sum()
loss.backward()
print(w.grad.tolist())
#> [2.0, 4.0, 6.0]

try:
    torch.tensor([1, 2, 3], requires_grad=True)  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Only Tensors of floating point and complex dtype can require gradients
