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

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # (1)!
fully_shard(model[0], mesh=mesh)
fully_shard(model[2], mesh=mesh)
fully_shard(model, mesh=mesh)

held = optimizer.param_groups[0]["params"][0]
print(held is model[0].weight, type(held).__name__, type(model[0].weight).__name__)
#> False Parameter DTensor

x = torch.randn(16, 4, device=device)
y = torch.randn(16, 2, device=device)
before = model[0].weight.full_tensor().clone()
nn.functional.mse_loss(model(x), y).backward()
optimizer.step()  # (2)!
print(held.grad is None, torch.equal(model[0].weight.full_tensor(), before))
#> True True

optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # (3)!
optimizer.step()
print(torch.equal(model[0].weight.full_tensor(), before))
#> False

dist.destroy_process_group()
