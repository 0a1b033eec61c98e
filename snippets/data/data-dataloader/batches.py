import torch
from torch.utils.data import DataLoader, TensorDataset

ds = TensorDataset(torch.arange(10.0).unsqueeze(1), torch.arange(10))

loader = DataLoader(ds, batch_size=4)  # (1)!
print(len(loader), [yb.tolist() for _, yb in loader])
#> 3 [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]

dropped = DataLoader(ds, batch_size=4, drop_last=True)  # (2)!
print(len(dropped), [yb.tolist() for _, yb in dropped])
#> 2 [[0, 1, 2, 3], [4, 5, 6, 7]]

xb, yb = next(iter(loader))
print(xb.shape, yb.shape)
#> torch.Size([4, 1]) torch.Size([4])

single = DataLoader(ds, batch_size=None)  # (3)!
x, y = next(iter(single))
print(len(single), x.shape, y.shape)
#> 10 torch.Size([1]) torch.Size([])
