import copy

import torch
from torch import nn


class Tracker(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(2, 2)
        self.register_buffer("mean", torch.zeros(2))

    def forward(self, x):
        y = self.lin(x)
        self.mean = 0.9 * self.mean + 0.1 * y.mean(dim=0)  # (1)!
        return y - self.mean


model = Tracker()
model(torch.ones(3, 2)).sum().backward()
print(model.mean.requires_grad, model.mean.grad_fn.name())
#> True AddBackward0
print([name for name, _ in model.named_buffers()])
#> ['mean']
try:
    model(torch.ones(3, 2)).sum().backward()  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - Trying to backward through the graph a second time
try:
    copy.deepcopy(model)  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(".")[0])
    #> RuntimeError - Only Tensors created explicitly by the user (graph leaves) support the deepcopy protocol at the moment
