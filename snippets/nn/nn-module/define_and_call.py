import torch
from torch import nn


class MLP(nn.Module):
    def __init__(self, in_features, hidden, out_features):
        super().__init__()  # (1)!
        self.fc1 = nn.Linear(in_features, hidden)  # (2)!
        self.act = nn.ReLU()
        self.fc2 = nn.Linear(hidden, out_features)

    def forward(self, x):  # (3)!
        return self.fc2(self.act(self.fc1(x)))


model = MLP(4, 8, 3)
x = torch.randn(5, 4)
out = model(x)  # (4)!
print(out.shape, out.requires_grad)
#> torch.Size([5, 3]) True
print(model)
#> MLP(
#>   (fc1): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#>   (fc2): Linear(in_features=8, out_features=3, bias=True)
#> )
print(model.training)
#> True
