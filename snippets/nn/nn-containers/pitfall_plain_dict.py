import torch
from torch import nn


class PlainDictModel(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Linear(4, 8)
        self.heads = {"cls": nn.Linear(8, 3), "reg": nn.Linear(8, 1)}  # (1)!

    def forward(self, x, task):
        return self.heads[task](torch.relu(self.backbone(x)))


model = PlainDictModel()
print(model(torch.randn(5, 4), "cls").shape)  # (2)!
#> torch.Size([5, 3])
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print(len(optimizer.param_groups[0]["params"]))
#> 2
print(list(model.state_dict().keys()))
#> ['backbone.weight', 'backbone.bias']

head = model.heads["cls"]
before = head.weight.detach().clone()
model(torch.randn(5, 4), "cls").sum().backward()
optimizer.step()
print(head.weight.grad is not None, torch.equal(head.weight, before))  # (3)!
#> True True


class ModuleDictModel(PlainDictModel):
    def __init__(self):
        super().__init__()
        self.heads = nn.ModuleDict(self.heads)  # (4)!


model = ModuleDictModel()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print(len(optimizer.param_groups[0]["params"]))
#> 6
