import torch
import torch.nn.functional as F
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc = nn.Linear(3, 4)
        self.out = nn.Parameter(torch.randn(2, 4))  # (1)!

    def forward(self, x):
        x = F.relu(self.fc(x))
        x = F.dropout(x, p=0.1, training=self.training)
        return F.linear(x, self.out)


model = Net().to(device)  # (2)!
print(all(p.device.type == device for p in model.parameters()))
#> True
x = torch.randn(5, 3).to(device)
model.eval()
with torch.no_grad():
    y = model(x)
print(y.shape, y.device.type == device)
#> torch.Size([5, 2]) True
