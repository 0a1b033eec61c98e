import warnings

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
example = torch.randn(4, 3)
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)  # (1)!
    traced = torch.jit.trace(model, example)  # (2)!

print(type(traced).__name__)
#> TopLevelTracedModule
x = torch.randn(7, 3)
print(traced(x).shape, torch.allclose(traced(x), model(x)))  # (3)!
#> torch.Size([7, 2]) True
print([n.kind() for n in traced.inlined_graph.nodes() if n.kind().startswith("aten")])
#> ['aten::linear', 'aten::relu']
