import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Linear(2, 2), nn.BatchNorm1d(2))
weight = model[0].weight

returned = model.to(device, torch.float64)  # (1)!
print(returned is model)
#> True
print(model[0].weight is weight, model[0].weight.dtype)  # (2)!
#> True torch.float64
print(model[1].running_mean.dtype, model[1].num_batches_tracked.dtype)  # (3)!
#> torch.float64 torch.int64
print(all(t.device.type == device for t in model.state_dict().values()))
#> True
