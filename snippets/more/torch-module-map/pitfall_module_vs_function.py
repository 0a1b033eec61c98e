import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-1.0, 2.0])
out = nn.ReLU(x)  # (1)!
print(type(out).__name__, isinstance(out, torch.Tensor))
#> ReLU False
try:
    out.sum()
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - 'ReLU' object has no attribute 'sum'

print(nn.ReLU()(x).tolist(), F.relu(x).tolist())  # (2)!
#> [0.0, 2.0] [0.0, 2.0]
