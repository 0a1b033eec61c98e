import torch
from torch import nn


class ListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = [nn.Linear(4, 4) for _ in range(3)]  # (1)!

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = ListNet()
print(model(torch.randn(2, 4)).shape)  # (2)!
#> torch.Size([2, 4])
print(len(list(model.parameters())))
#> 0
print(model)
#> ListNet()
try:
    torch.optim.SGD(model.parameters(), lr=0.1)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - optimizer got an empty parameter list


class ModuleListNet(nn.Module):
    def __init__(self):
        super().__init__()
        self.layers = nn.ModuleList(nn.Linear(4, 4) for _ in range(3))  # (3)!

    def forward(self, x):
        for layer in self.layers:
            x = layer(x)
        return x


model = ModuleListNet()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print(len(list(model.parameters())), len(optimizer.param_groups[0]["params"]))
#> 6 6
print([name for name, _ in model.named_parameters()][:2])
#> ['layers.0.weight', 'layers.0.bias']
