import torch
from torch.nn.utils.rnn import pad_sequence
from torch.utils.data import DataLoader, Dataset, IterableDataset


class Squares(Dataset):  # (1)!
    def __len__(self):
        return 4

    def __getitem__(self, i):
        return torch.tensor([float(i * i)])


class Stream(IterableDataset):  # (2)!
    def __iter__(self):
        for i in range(4):
            yield torch.tensor([float(i)])


print(len(Squares()), Squares()[3].tolist())
#> 4 [9.0]
try:
    len(Stream())
except TypeError as e:
    print(type(e).__name__)
    #> TypeError
print([b.tolist() for b in DataLoader(Stream(), batch_size=2)])
#> [[[0.0], [1.0]], [[2.0], [3.0]]]
try:
    DataLoader(Stream(), shuffle=True)
except ValueError as e:
    print(type(e).__name__, "-", str(e).split(",")[0])
    #> ValueError - DataLoader with IterableDataset: expected unspecified shuffle option

seqs = [torch.ones(2), torch.ones(3)]
try:
    next(iter(DataLoader(seqs, batch_size=2)))
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(",")[0])
    #> RuntimeError - stack expects each tensor to be equal size


def pad_collate(batch):
    return pad_sequence(batch, batch_first=True)


loader = DataLoader(seqs, batch_size=2, collate_fn=pad_collate)  # (3)!
print(tuple(next(iter(loader)).shape))
#> (2, 3)
