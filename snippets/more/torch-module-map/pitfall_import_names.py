import torch
import torch.functional as F  # (1)!
import torch.utils.data as data

try:
    F.relu(torch.tensor([-1.0, 2.0]))
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - module 'torch.functional' has no attribute 'relu'

data = torch.randn(8, 2)  # (2)!
try:
    loader = data.DataLoader(data, batch_size=4)
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - 'Tensor' object has no attribute 'DataLoader'

import torch.nn.functional as F
from torch.utils.data import DataLoader  # (3)!

loader = DataLoader(data, batch_size=4)
print(F.relu(torch.tensor([-1.0, 2.0])).tolist(), len(loader))
#> [0.0, 2.0] 2
