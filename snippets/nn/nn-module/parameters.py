import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(4, 8)
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(8, 3)

    def forward(self, x):
        return self.fc2(self.act(self.fc1(x)))


model = MLP()
for name, p in model.named_parameters():  # (1)!
    print(name, tuple(p.shape), type(p).__name__)
    #> fc1.weight (8, 4) Parameter
    #> fc1.bias (8,) Parameter
    #> fc2.weight (3, 8) Parameter
    #> fc2.bias (3,) Parameter
print([name for name, _ in model.named_children()])
#> ['fc1', 'act', 'fc2']
print([type(m).__name__ for m in model.modules()])  # (2)!
#> ['MLP', 'Linear', 'ReLU', 'Linear']

total = sum(p.numel() for p in model.parameters())
model.fc1.requires_grad_(False)  # (3)!
trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
print(total, trainable)
#> 67 27
