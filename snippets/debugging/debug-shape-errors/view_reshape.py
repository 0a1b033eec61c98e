import torch

features = torch.ones(8, 3, 4, 4)
try:
    features.view(8, 32)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - shape '[8, 32]' is invalid for input of size 384

print(features.shape.numel(), features.shape[1:].numel())  # (2)!
#> 384 48
print(features.view(8, -1).shape, features.flatten(1).shape)
#> torch.Size([8, 48]) torch.Size([8, 48])

transposed = torch.ones(2, 3).T
try:
    transposed.view(6)  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.
print(transposed.is_contiguous(), transposed.reshape(6).shape)
#> False torch.Size([6])
