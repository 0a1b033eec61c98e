import torch
from torch import nn

lin = nn.Linear(2, 2, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.eye(2))
calls = []
lin.register_forward_pre_hook(lambda m, args: calls.append("pre"))
lin.register_forward_hook(lambda m, args, out: out.clamp(min=0))
x = torch.tensor([[1.0, -3.0]])

print(lin(x).tolist(), calls)  # (1)!
#> [[1.0, 0.0]] ['pre']
calls.clear()
print(lin.forward(x).tolist(), calls)  # (2)!
#> [[1.0, -3.0]] []
