import torch

try:
    torch.arange(3, requires_grad=True)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Only Tensors of floating point and complex dtype can require gradients

labels = torch.tensor([0, 2, 1])
try:
    labels.requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - only Tensors of floating point dtype can require gradients

scores = torch.tensor([0, 2, 1]).float().requires_grad_()  # (1)!
print(scores.dtype, scores.requires_grad, scores.is_leaf)
#> torch.float32 True True
