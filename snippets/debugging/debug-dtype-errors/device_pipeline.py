import numpy as np
import torch
import torch.nn.functional as F
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Linear(3, 4).to(device)
features = np.random.default_rng(0).random((8, 3))
labels = np.array([0, 3, 1, 2, 0, 1, 3, 2], dtype=np.int32)

try:
    model(torch.from_numpy(features).to(device))  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "dtype" in str(e))
    #> RuntimeError True

x = torch.from_numpy(features).to(device, torch.float32)  # (2)!
y = torch.from_numpy(labels).to(device, torch.long)
loss = F.cross_entropy(model(x), y)
print(x.dtype, y.dtype, loss.dtype, loss.device.type == device)
#> torch.float32 torch.int64 torch.float32 True
