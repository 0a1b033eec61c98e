import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.body = nn.Sequential(nn.Linear(4, 8), nn.ReLU())
        self.heads = nn.ModuleDict({"cls": nn.Linear(8, 3)})
        self.extra = {"reg": nn.Linear(8, 1, device="cpu")}  # (1)!

    def forward(self, x, task="cls"):
        return self.heads[task](self.body(x))


model = Net().to(device)  # (2)!
print(all(p.device.type == device for p in model.parameters()))
#> True
print(model.extra["reg"].weight.device.type)
#> cpu
x = torch.randn(5, 4, device=device)
print(model(x).shape, model(x).device.type == device)
#> torch.Size([5, 3]) True
