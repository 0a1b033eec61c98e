import torch
from torch.utils.data import TensorDataset

features = torch.arange(12.0).reshape(6, 2)
labels = torch.tensor([0, 1, 0, 1, 1, 0])
ds = TensorDataset(features, labels)  # (1)!

print(len(ds))
#> 6
x, y = ds[1]
print(x.tolist(), y.item(), x.shape, y.shape)
#> [2.0, 3.0] 1 torch.Size([2]) torch.Size([])
xs, ys = ds[2:4]  # (2)!
print(xs.shape, ys.tolist())
#> torch.Size([2, 2]) [0, 1]
print([t.shape for t in ds.tensors])
#> [torch.Size([6, 2]), torch.Size([6])]
print(ds[0][0].data_ptr() == features.data_ptr())  # (3)!
#> True

try:
    TensorDataset(features, labels[:5])  # (4)!
except AssertionError as e:
    print(type(e).__name__, "-", e)
    #> AssertionError - Size mismatch between tensors
