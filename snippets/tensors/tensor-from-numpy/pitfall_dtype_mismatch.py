import numpy as np
import torch

layer = torch.nn.Linear(4, 3, device="cpu")
x = torch.from_numpy(np.arange(8.0).reshape(2, 4))
print(x.dtype, layer.weight.dtype)
#> torch.float64 torch.float32

try:
    layer(x)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mat1 and mat2 must have the same dtype, but got Double and Float

print(layer(x.float()).shape)  # (1)!
#> torch.Size([2, 3])

arr = np.arange(8.0, dtype=np.float32).reshape(2, 4)  # (2)!
print(layer(torch.from_numpy(arr)).shape)
#> torch.Size([2, 3])
