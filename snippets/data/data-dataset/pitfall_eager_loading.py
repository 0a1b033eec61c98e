import torch
from torch.utils.data import Dataset

loads = 0


def load_sample(i):
    global loads
    loads += 1
    return torch.full((256, 256), float(i))  # (1)!


class EagerDataset(Dataset):
    def __init__(self, n):
        self.samples = [load_sample(i) for i in range(n)]  # (2)!

    def __len__(self):
        return len(self.samples)

    def __getitem__(self, idx):
        return self.samples[idx]


class LazyDataset(Dataset):
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n

    def __getitem__(self, idx):
        return load_sample(idx)  # (3)!


eager = EagerDataset(200)
held = sum(t.nbytes for t in eager.samples)
print(loads, held // 2**20, "MiB")
#> 200 50 MiB

loads = 0
lazy = LazyDataset(200)
print(loads)
#> 0
sample = lazy[7]
print(loads, sample.shape, sample[0, 0].item())
#> 1 torch.Size([256, 256]) 7.0
