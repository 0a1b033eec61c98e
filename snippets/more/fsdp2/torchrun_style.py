import os

import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.fsdp import fully_shard

os.environ.update(  # (1)!
    RANK="0", LOCAL_RANK="0", WORLD_SIZE="1",
    MASTER_ADDR="127.0.0.1", MASTER_PORT="0",
)

device = "cuda" if torch.cuda.is_available() else "cpu"
if device == "cuda":
    torch.cuda.set_device(int(os.environ["LOCAL_RANK"]))  # (2)!
dist.init_process_group("nccl" if device == "cuda" else "gloo")  # (3)!
print(dist.get_rank(), dist.get_world_size())
#> 0 1

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
for layer in (model[0], model[2]):
    fully_shard(layer)  # (4)!
fully_shard(model)
w = model[0].weight
print(w.device_mesh.device_type == device, w.device.type == device)
#> True True

loss = model(torch.randn(16, 4, device=device)).square().mean()
loss.backward()
print(type(w.grad).__name__, tuple(w.grad.to_local().shape))
#> DTensor (8, 4)

dist.destroy_process_group()
for key in ("RANK", "LOCAL_RANK", "WORLD_SIZE", "MASTER_ADDR", "MASTER_PORT"):
    del os.environ[key]
