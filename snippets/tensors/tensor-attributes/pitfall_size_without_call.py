import torch

x = torch.zeros(2, 3)
print(x.size == (2, 3), x.size() == (2, 3))  # (1)!
#> False True
print(type(x.size).__name__)
#> builtin_function_or_method

try:
    x.shape()
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - 'torch.Size' object is not callable

print(x.shape == [2, 3], x.shape == (2, 3), list(x.shape) == [2, 3])  # (2)!
#> False True True
