import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 3), nn.ReLU())
x = torch.randn(2, 4)

y = model(x)  # (1)!
print(type(y).__name__, tuple(y.shape), y.grad_fn.name())
#> Tensor (2, 3) ReluBackward0

ep = torch.export.export(model, (x,))  # (2)!
ops = [str(n.target) for n in ep.graph.nodes if n.op == "call_function"]
print(type(ep).__name__, ops)
#> ExportedProgram ['aten.linear.default', 'aten.relu.default']
print(torch.allclose(ep.module()(x), y))  # (3)!
#> True
