import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 16), nn.Dropout(0.5), nn.Linear(16, 1))
x = torch.ones(1, 4)

with torch.no_grad():
    first, second = model(x), model(x)  # (1)!
print(model.training, torch.equal(first, second))
#> True False

model.eval()  # (2)!
with torch.no_grad():
    first, second = model(x), model(x)
print(model.training, torch.equal(first, second))
#> False True

bn = nn.BatchNorm1d(2)
with torch.no_grad():
    bn(torch.full((4, 2), 5.0))  # (3)!
print(bn.running_mean.tolist(), bn.num_batches_tracked.item())
#> [0.5, 0.5] 1
