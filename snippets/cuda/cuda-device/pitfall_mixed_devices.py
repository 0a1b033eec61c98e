import torch
from torch import nn

a = torch.ones(2, device="cpu")
b = torch.ones(2, device="meta")  # (1)!
try:
    a + b
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Tensor on device meta is not on the expected device cpu!

layer = nn.Linear(2, 2, device="meta")
inputs = torch.ones(1, 2, device="cpu")
try:
    layer(inputs)  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Tensor on device meta is not on the expected device cpu!

out = layer(inputs.to(layer.weight.device))  # (3)!
print(out.device, tuple(out.shape))
#> meta (1, 2)

print((b + torch.tensor(10.0, device="cpu")).device)  # (4)!
#> meta
