import io

import torch
from torch import nn


class TinyNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 2)

    def forward(self, x):
        return torch.relu(self.fc(x))


torch.manual_seed(0)
model = TinyNet().eval()
x = torch.randn(4, 3)
ep = torch.export.export(model, (x,))  # (1)!

print(type(ep).__name__)
#> ExportedProgram
nodes = list(ep.graph.nodes)
print([n.op for n in nodes])  # (2)!
#> ['placeholder', 'placeholder', 'placeholder', 'call_function', 'call_function', 'output']
print([str(n.target) for n in nodes if n.op == "call_function"])
#> ['aten.linear.default', 'aten.relu.default']
print(list(ep.state_dict))
#> ['fc.weight', 'fc.bias']
print(torch.allclose(ep.module()(x), model(x)))  # (3)!
#> True

buffer = io.BytesIO()
torch.export.save(ep, buffer)  # (4)!
buffer.seek(0)
restored = torch.export.load(buffer)
print(type(restored).__name__, torch.allclose(restored.module()(x), model(x)))
#> ExportedProgram True
