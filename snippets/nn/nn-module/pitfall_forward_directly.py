import torch
from torch import nn

model = nn.Linear(2, 2)
calls = []
model.register_forward_pre_hook(lambda mod, args: calls.append("pre"))
model.register_forward_hook(lambda mod, args, out: calls.append("post"))
x = torch.randn(1, 2)

out1 = model(x)  # (1)!
print(calls)
#> ['pre', 'post']
calls.clear()
out2 = model.forward(x)  # (2)!
print(calls, torch.equal(out1, out2))
#> [] True
