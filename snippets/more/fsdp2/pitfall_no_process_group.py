import torch.distributed as dist
from torch import nn
from torch.distributed.fsdp import fully_shard

print(dist.is_initialized())
#> False
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
try:
    fully_shard(model)  # (1)!
except ValueError as e:
    head, _, detail = str(e).splitlines()[0].partition(": ")
    print(type(e).__name__, "-", head)
    #> ValueError - Error initializing torch.distributed using env:// rendezvous
    print(detail)
    #> environment variable RANK expected, but not set
print(dist.is_initialized(), type(model[0].weight).__name__)
#> False Parameter
