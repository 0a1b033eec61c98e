import numpy as np
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 2)
data = np.random.default_rng(0).random((4, 3))

x = torch.from_numpy(data)  # (1)!
try:
    model(x)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - mat1 and mat2 must have the same dtype, but got Double and Float
print(data.dtype, x.dtype, model.weight.dtype)  # (2)!
#> float64 torch.float64 torch.float32

x = torch.from_numpy(data).float()  # (3)!
print(x.dtype, model(x).dtype, model(x).shape)
#> torch.float32 torch.float32 torch.Size([4, 2])
