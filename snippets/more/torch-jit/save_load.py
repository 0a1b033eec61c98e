import os
import warnings

import torch
from torch import nn


class Gate(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 3)

    def forward(self, x):
        y = self.fc(x)
        if y.mean() > 0:
            return y
        return -y


torch.manual_seed(0)
model = Gate().eval()
path = "gate_scripted.pt"
with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    torch.jit.save(torch.jit.script(model), path)  # (1)!
    loaded = torch.jit.load(path)  # (2)!
os.remove(path)

print(type(loaded).__name__, loaded.original_name)
#> RecursiveScriptModule Gate
x = torch.randn(5, 3)
print(torch.allclose(loaded(x), model(x)), torch.allclose(loaded(-x), model(-x)))
#> True True
print(sorted(k for k, _ in loaded.named_parameters()))
#> ['fc.bias', 'fc.weight']
