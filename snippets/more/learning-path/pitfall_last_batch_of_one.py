import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

dataset = TensorDataset(torch.randn(9, 3))
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4))

sizes = []
try:
    for (xb,) in DataLoader(dataset, batch_size=4):
        sizes.append(len(xb))
        model(xb)  # (1)!
except ValueError as e:
    print(sizes, type(e).__name__, "-", e)
    #> [4, 4, 1] ValueError - Expected more than 1 value per channel when training, got input size torch.Size([1, 4])

sizes = [len(xb) for (xb,) in DataLoader(dataset, batch_size=4, drop_last=True)]
print(sizes)  # (2)!
#> [4, 4]
