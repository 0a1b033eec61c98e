import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(4, 2)
        self.register_buffer("mean", torch.zeros(4))
        self.plain = torch.zeros(4, device="cpu")  # (1)!

    def forward(self, x):
        return self.fc(x - self.mean)


model = Net()
weight = model.fc.weight
print(model.to(device) is model, model.fc.weight is weight)  # (2)!
#> True True
print(all(p.device.type == device for p in model.parameters()))
#> True
print(model.mean.device.type == device, model.plain.device.type)
#> True cpu

x = torch.randn(3, 4).to(device)  # (3)!
print(model(x).device.type == device)
#> True
