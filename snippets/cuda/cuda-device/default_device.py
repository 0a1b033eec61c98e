import numpy as np
import torch

print(torch.get_default_device())  # (1)!
#> cpu

previous = torch.get_default_device()
torch.set_default_device("meta")  # (2)!
a = torch.ones(2)
b = torch.ones(2, device="cpu")
c = torch.from_numpy(np.zeros(2))
print(a.device, b.device, c.device)
#> meta cpu cpu
torch.set_default_device(previous)

with torch.device("meta"):  # (3)!
    layer = torch.nn.Linear(4096, 4096)
print(layer.weight.device, tuple(layer.weight.shape))
#> meta (4096, 4096)
print(torch.ones(2).device == previous)
#> True
