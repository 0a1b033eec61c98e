import torch
from torch import nn


class Shift(nn.Module):
    def __init__(self):
        super().__init__()
        self.weight = nn.Parameter(torch.ones(3))
        self.register_buffer("offset", torch.ones(3))  # (1)!
        self.mask = torch.ones(3)  # (2)!

    def forward(self, x):
        return x * self.weight + self.offset


m = Shift().to("meta")
print(m.weight.device, m.offset.device, m.mask.device.type == "meta")
#> meta meta False
print(sorted(m.state_dict()))
#> ['offset', 'weight']
