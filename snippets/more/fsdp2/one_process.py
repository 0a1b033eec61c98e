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
mesh = init_device_mesh(device, (1,))  # (1)!
print(dist.get_world_size(), mesh.device_type == device)
#> 1 True

torch.manual_seed(0)
with torch.device("cpu"):  # (2)!
    model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
fully_shard(model[0], mesh=mesh)  # (3)!
fully_shard(model[2], mesh=mesh)
fully_shard(model, mesh=mesh)
print(type(model).__name__, type(model[0]).__name__, isinstance(model, FSDPModule))
#> FSDPSequential FSDPLinear True

w = model[0].weight
print(type(w).__name__, isinstance(w, nn.Parameter), w.placements)  # (4)!
#> DTensor True (Shard(dim=0),)
print(tuple(w.shape), tuple(w.to_local().shape), w.device.type == device)
#> (8, 4) (8, 4) True

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # (5)!
x = torch.linspace(-1, 1, 64, device=device).reshape(16, 4)
y = torch.stack([x.sum(dim=1), x[:, 0] - x[:, 3]], dim=1)
for step in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
    print(step, round(loss.item(), 4))
    #> 0 2.9311
    #> 1 2.7041
    #> 2 2.5134
print(type(model[0].weight.grad).__name__, model[0].weight.grad.placements)
#> DTensor (Shard(dim=0),)

state = model.state_dict()  # (6)!
print(type(state["0.weight"]).__name__, tuple(state["0.weight"].full_tensor().shape))
#> DTensor (8, 4)

dist.destroy_process_group()  # (7)!
print(dist.is_initialized())
#> False
