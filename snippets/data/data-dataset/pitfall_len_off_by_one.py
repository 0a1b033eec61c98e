import torch
from torch.utils.data import DataLoader, Dataset


class Numbers(Dataset):
    def __init__(self, values, extra=0):
        self.values = values
        self.extra = extra

    def __len__(self):
        return len(self.values) + self.extra  # (1)!

    def __getitem__(self, idx):
        return self.values[idx]


values = torch.arange(10)

short = Numbers(values, extra=-1)
seen = torch.cat(list(DataLoader(short, batch_size=4)))
print(len(short), len(seen), 9 in seen.tolist())  # (2)!
#> 9 9 False

long = Numbers(values, extra=1)
try:
    for _ in DataLoader(long, batch_size=4):
        pass
except IndexError as e:
    print(type(e).__name__, "-", e)  # (3)!
    #> IndexError - index 10 is out of bounds for dimension 0 with size 10

print(len(list(short)))  # (4)!
#> 10
