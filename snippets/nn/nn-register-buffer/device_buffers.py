import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

bn = nn.BatchNorm1d(3).to(device)  # (1)!
print(all(b.device.type == device for b in bn.buffers()))
#> True
bn(torch.randn(8, 3).to(device))
print(bn.num_batches_tracked.item())
#> 1

checkpoint = {k: v.cpu() for k, v in bn.state_dict().items()}  # (2)!
fresh = nn.BatchNorm1d(3).to(device)
fresh.load_state_dict(checkpoint)  # (3)!
print(fresh.running_mean.device.type == device)
#> True
print(torch.equal(fresh.running_mean.cpu(), checkpoint["running_mean"]))
#> True
