import os
import tempfile

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.fsdp import fully_shard

device = "cuda" if torch.cuda.is_available() else "cpu"
backend = "nccl" if device == "cuda" else "gloo"
if device == "cuda":
    torch.cuda.set_device(0)
store = os.path.join(tempfile.mkdtemp(), "store")
dist.init_process_group(backend, init_method="file://" + store, rank=0, world_size=1)
mesh = init_device_mesh(device, (1,))

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
fully_shard(model[0], mesh=mesh)
fully_shard(model[2], mesh=mesh)
fully_shard(model, mesh=mesh)

events = []


def before(module, args):  # (1)!
    events.append(("pre", type(module.weight).__name__, tuple(module.weight.shape)))


def after(module, args, output):
    events.append(("post", type(module.weight).__name__))


for layer in (model[0], model[2]):
    layer.register_forward_pre_hook(before)
    layer.register_forward_hook(after)

out = model(torch.randn(3, 4, device=device))  # (2)!
for event in events:
    print(*event)
    #> pre Parameter (8, 4)
    #> post DTensor
    #> pre Parameter (2, 8)
    #> post DTensor
print(type(model[0].weight).__name__, type(model[2].weight).__name__)
#> DTensor DTensor

model[0].unshard()  # (3)!
print(type(model[0].weight).__name__)
#> Parameter
model[0].reshard()
print(type(model[0].weight).__name__)
#> DTensor

dist.destroy_process_group()
