import torch
import torch.distributed as dist
from torch import nn
from torch.distributed.device_mesh import init_device_mesh
from torch.distributed.fsdp import fully_shard
from torch.testing._internal.distributed.fake_pg import FakeStore  # (1)!

for rank in range(4):
    dist.init_process_group("fake", store=FakeStore(), rank=rank, world_size=4)
    mesh = init_device_mesh("cpu", (4,))
    with torch.device("meta"):  # (2)!
        model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
    fully_shard(model[0], mesh=mesh)
    fully_shard(model[2], mesh=mesh)
    fully_shard(model, mesh=mesh)
    shapes = {n: tuple(p.to_local().shape) for n, p in model.named_parameters()}
    print(rank, shapes)
    #> 0 {'0.weight': (2, 4), '0.bias': (2,), '2.weight': (1, 8), '2.bias': (1,)}
    #> 1 {'0.weight': (2, 4), '0.bias': (2,), '2.weight': (1, 8), '2.bias': (1,)}
    #> 2 {'0.weight': (2, 4), '0.bias': (2,), '2.weight': (0, 8), '2.bias': (0,)}
    #> 3 {'0.weight': (2, 4), '0.bias': (2,), '2.weight': (0, 8), '2.bias': (0,)}
    dist.destroy_process_group()

print({n: tuple(p.shape) for n, p in model.named_parameters()})  # (3)!
#> {'0.weight': (8, 4), '0.bias': (8,), '2.weight': (2, 8), '2.bias': (2,)}
print([tuple(c.shape) for c in torch.empty(8, 4).chunk(4)])
#> [(2, 4), (2, 4), (2, 4), (2, 4)]
print([tuple(c.shape) for c in torch.empty(2, 8).chunk(4)])  # (4)!
#> [(1, 8), (1, 8)]
