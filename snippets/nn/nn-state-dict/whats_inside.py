import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Linear(4, 2))
model[0].register_buffer("mask", torch.ones(4), persistent=False)  # (1)!

sd = model.state_dict()
print(type(sd).__name__, len(sd))
#> OrderedDict 9
for name, tensor in sd.items():
    print(f"{name:22} {tuple(tensor.shape)!s:7} {tensor.dtype}")
    #> 0.weight               (4, 3)  torch.float32
    #> 0.bias                 (4,)    torch.float32
    #> 1.weight               (4,)    torch.float32
    #> 1.bias                 (4,)    torch.float32
    #> 1.running_mean         (4,)    torch.float32
    #> 1.running_var          (4,)    torch.float32
    #> 1.num_batches_tracked  ()      torch.int64
    #> 2.weight               (2, 4)  torch.float32
    #> 2.bias                 (2,)    torch.float32
print(len(list(model.parameters())), len(list(model.buffers())))  # (2)!
#> 6 4
print(type(sd["0.weight"]).__name__, sd["0.weight"].requires_grad)  # (3)!
#> Tensor False
print(type(model.state_dict(keep_vars=True)["0.weight"]).__name__)
#> Parameter
