import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))
x = torch.randn(5, 4)

with torch.no_grad():
    a, b = model(x), model(x)  # (1)!
print(model.training, torch.equal(a, b))
#> True False

model.eval()
with torch.no_grad():
    a, b = model(x), model(x)
print(model.training, torch.equal(a, b))
#> False True
