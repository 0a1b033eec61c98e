import torch

steps = torch.arange(5)  # (1)!
print(steps.dtype)
#> torch.int64
try:
    steps.mean()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long

print(torch.arange(5.0).mean().item())
#> 2.0
print(torch.arange(5, dtype=torch.float32).mean().item())
#> 2.0

try:
    torch.full((3,), 2).requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - only Tensors of floating point dtype can require gradients

print(torch.full((3,), 0.5, dtype=torch.int64).tolist())  # (2)!
#> [0, 0, 0]
