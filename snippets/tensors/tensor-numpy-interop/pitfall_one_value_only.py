import torch

scores = torch.tensor([0.2, 0.9])
try:
    scores.item()  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - a Tensor with 2 elements cannot be converted to Scalar

try:
    if scores > 0.5:  # (2)!
        pass
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Boolean value of Tensor with more than one value is ambiguous
print((scores > 0.5).any().item(), (scores > 0.5).all().item())
#> True False
