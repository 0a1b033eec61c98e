import os
import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.fsdp import FSDPModule, fully_shard

device = "cuda" if torch.cuda.is_available() else "cpu"
backend = "nccl" if device == "cuda" else "gloo"
if device == "cuda":
    torch.cuda.set_device(0)
store = os.path.join(tempfile.mkdtemp(), "store")
dist.init_process_group(backend, init_method="file://" + store, rank=0, world_size=1)
mesh = init_device_mesh(device, (1,))


def make_model():
    return nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))


def count_units(model):
    return sum(isinstance(m, FSDPModule) for m in model.modules())


root_only = make_model()
fully_shard(root_only, mesh=mesh)  # (1)!
layered = make_model()
for layer in (layered[0], layered[2]):
    fully_shard(layer, mesh=mesh)
fully_shard(layered, mesh=mesh)

print(count_units(root_only), count_units(layered))
#> 1 3
print(type(root_only[0]).__name__, type(layered[0]).__name__)
#> Linear FSDPLinear
print(type(root_only[0].weight).__name__)  # (2)!
#> DTensor

dist.destroy_process_group()
