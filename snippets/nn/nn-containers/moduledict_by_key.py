import torch
from torch import nn


class MultiTask(nn.Module):
    def __init__(self):
        super().__init__()
        self.backbone = nn.Linear(4, 8)
        self.heads = nn.ModuleDict(  # (1)!
            {
                "cls": nn.Linear(8, 3),
                "reg": nn.Linear(8, 1),
            }
        )

    def forward(self, x, task):
        return self.heads[task](torch.relu(self.backbone(x)))  # (2)!


model = MultiTask()
x = torch.randn(5, 4)
for task in model.heads:  # (3)!
    print(task, model(x, task).shape)
    #> cls torch.Size([5, 3])
    #> reg torch.Size([5, 1])
print(list(model.heads.keys()), "cls" in model.heads)
#> ['cls', 'reg'] True
print(*[name for name, _ in model.named_parameters()][2:])
#> heads.cls.weight heads.cls.bias heads.reg.weight heads.reg.bias

for bad_key in ["a.b", "train"]:  # (4)!
    try:
        nn.ModuleDict({bad_key: nn.ReLU()})
    except KeyError as e:
        print(type(e).__name__, "-", e.args[0])
        #> KeyError - module name can't contain ".", got: a.b
        #> KeyError - attribute 'train' already exists
