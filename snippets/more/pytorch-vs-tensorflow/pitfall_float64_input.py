import numpy as np
import torch
from torch import nn

features = np.random.default_rng(0).normal(size=(4, 3))  # (1)!
model = nn.Linear(3, 2)
try:
    model(torch.from_numpy(features))
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mat1 and mat2 must have the same dtype, but got Double and Float

x = torch.from_numpy(features).float()  # (2)!
print(x.dtype, tuple(model(x).shape))
#> torch.float32 (4, 2)
x = torch.from_numpy(features.astype(np.float32))
print(x.dtype, tuple(model(x).shape))
#> torch.float32 (4, 2)
