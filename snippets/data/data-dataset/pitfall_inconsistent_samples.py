import torch
from torch.utils.data import DataLoader, Dataset


class Ragged(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, idx):
        return torch.ones(3 - idx % 2)  # (1)!


try:
    next(iter(DataLoader(Ragged(), batch_size=2)))
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - stack expects each tensor to be equal size, but got [3] at entry 0 and [2] at entry 1


class MixedLabels(Dataset):
    labels = [1, 2.5, 2.5, 1]

    def __len__(self):
        return 4

    def __getitem__(self, idx):
        return self.labels[idx]  # (2)!


for batch in DataLoader(MixedLabels(), batch_size=2):
    print(batch.dtype)
    #> torch.float32
    #> torch.float64


class SometimesNone(Dataset):
    def __len__(self):
        return 4

    def __getitem__(self, idx):
        return None if idx == 0 else (torch.zeros(2), idx)  # (3)!


try:
    next(iter(DataLoader(SometimesNone(), batch_size=2)))
except TypeError as e:
    first, found = str(e).split("; ")
    print(type(e).__name__, "-", first)
    #> TypeError - default_collate: batch must contain tensors, numpy arrays, numbers, dicts or lists
    print(found)
    #> found <class 'NoneType'>
