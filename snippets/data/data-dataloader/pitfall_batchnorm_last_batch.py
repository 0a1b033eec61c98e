import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
ds = TensorDataset(torch.randn(9, 3))
model = nn.Sequential(nn.Linear(3, 3), nn.BatchNorm1d(3))

loader = DataLoader(ds, batch_size=4, shuffle=True)
print([len(xb) for (xb,) in loader])  # (1)!
#> [4, 4, 1]
model.train()
try:
    for (xb,) in loader:
        model(xb)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - Expected more than 1 value per channel when training, got input size torch.Size([1, 3])

loader = DataLoader(ds, batch_size=4, shuffle=True, drop_last=True)  # (2)!
print([len(xb) for (xb,) in loader], [model(xb).shape[0] for (xb,) in loader])
#> [4, 4] [4, 4]

model.eval()  # (3)!
print(model(torch.randn(1, 3)).shape)
#> torch.Size([1, 3])
