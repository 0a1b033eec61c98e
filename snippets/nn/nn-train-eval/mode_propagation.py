import torch
from torch import nn


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 4), nn.BatchNorm1d(4))
        self.head = nn.Dropout(0.5)

    def forward(self, x):
        if self.training:  # (1)!
            x = x + 0.1 * torch.randn_like(x)
        return self.head(self.body(x))


def modes(model):
    return [m.training for m in model.modules()]


model = Net()
print(modes(model))
#> [True, True, True, True, True]
print(model.train(False) is model, modes(model))  # (2)!
#> True [False, False, False, False, False]
model.train()
model.eval()
print(modes(model))
#> [False, False, False, False, False]
model.train()
model.body[1].eval()  # (3)!
print([(name, m.training) for name, m in model.named_modules() if name])
#> [('body', True), ('body.0', True), ('body.1', False), ('head', True)]
