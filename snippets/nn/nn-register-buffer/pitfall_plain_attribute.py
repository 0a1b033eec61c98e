import torch
from torch import nn


class Projector(nn.Module):
    def __init__(self):
        super().__init__()
        self.proj = torch.eye(2) * 2  # (1)!

    def forward(self, x):
        return x @ self.proj


model = Projector()
print(list(model.buffers()), list(model.state_dict()))
#> [] []
model.to(torch.float64)
print(model.proj.dtype)
#> torch.float32
try:
    model(torch.ones(1, 2, dtype=torch.float64))  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - expected m1 and m2 to have the same dtype, but got: double != float


class FixedProjector(nn.Module):
    def __init__(self):
        super().__init__()
        self.register_buffer("proj", torch.eye(2) * 2)  # (3)!

    def forward(self, x):
        return x @ self.proj


model = FixedProjector().to(torch.float64)
print(list(model.state_dict()), model.proj.dtype)
#> ['proj'] torch.float64
print(model(torch.ones(1, 2, dtype=torch.float64)).tolist())
#> [[2.0, 2.0]]
