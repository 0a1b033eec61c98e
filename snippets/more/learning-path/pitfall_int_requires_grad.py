import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Only Tensors of floating point and complex dtype can require gradients

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
print(x.dtype, x.requires_grad)
#> torch.float32 True
print(x.long().requires_grad, x.argmax().requires_grad)  # (2)!
#> False False
