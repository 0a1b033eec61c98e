import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU())
one = torch.ones(1, 4)
try:
    model(one)  # (1)!
except ValueError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> ValueError - Expected more than 1 value per channel when training, got input size torch.Size([1, 8])

model.eval()  # (2)!
print(model(one).shape)
#> torch.Size([1, 8])
model.train()

dataset = TensorDataset(torch.ones(65, 4))
print([len(b) for (b,) in DataLoader(dataset, batch_size=8)][-3:])  # (3)!
#> [8, 8, 1]
print([len(b) for (b,) in DataLoader(dataset, batch_size=8, drop_last=True)][-3:])
#> [8, 8, 8]

try:
    nn.BatchNorm1d(8)(torch.ones(4, 5))  # (4)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - running_mean should contain 5 elements not 8
