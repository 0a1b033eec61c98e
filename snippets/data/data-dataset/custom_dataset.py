import torch
from torch.utils.data import DataLoader, Dataset


class ToyDataset(Dataset):
    def __init__(self, n, transform=None):
        self.n = n  # (1)!
        self.transform = transform

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        if not 0 <= idx < self.n:
            raise IndexError(f"index {idx} out of range for {self.n} samples")
        x = torch.arange(3.0) + idx  # (2)!
        y = idx % 2
        if self.transform is not None:
            x = self.transform(x)  # (3)!
        return x, y


ds = ToyDataset(5)
print(len(ds))
#> 5
x, y = ds[2]
print(x.tolist(), y, type(y).__name__)
#> [2.0, 3.0, 4.0] 0 int

scaled = ToyDataset(5, transform=lambda t: (t - 1) / 2)
print(scaled[2][0].tolist())
#> [0.5, 1.0, 1.5]

try:
    ds[5]
except IndexError as e:
    print(type(e).__name__, "-", e)
    #> IndexError - index 5 out of range for 5 samples

xb, yb = next(iter(DataLoader(ds, batch_size=4)))  # (4)!
print(xb.shape, yb)
#> torch.Size([4, 3]) tensor([0, 1, 0, 1])
