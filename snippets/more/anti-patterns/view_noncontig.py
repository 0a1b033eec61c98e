import torch

x = torch.arange(6).reshape(2, 3)
t = x.t()
print(t.is_contiguous())
#> False

try:
    t.view(6)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - view size is not compatible with input tensor's size and stride

print(t.reshape(6).tolist())  # (2)!
#> [0, 3, 1, 4, 2, 5]
print(t.contiguous().view(6).tolist())
#> [0, 3, 1, 4, 2, 5]
