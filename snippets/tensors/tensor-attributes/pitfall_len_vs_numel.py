import torch

x = torch.zeros(4, 5)
print(len(x), x.numel())  # (1)!
#> 4 20

s = torch.tensor(0.25)
try:
    len(s)
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - len() of a 0-d tensor
print(s.numel(), s.ndim)
#> 1 0

try:
    x.size(2)
except IndexError as e:
    print(type(e).__name__, "-", e)  # (2)!
    #> IndexError - Dimension out of range (expected to be in range of [-2, 1], but got 2)
