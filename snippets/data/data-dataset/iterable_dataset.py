import torch
from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):  # (1)!
        for i in range(self.n):
            yield torch.tensor([i])


print([b.flatten().tolist() for b in DataLoader(Stream(5), batch_size=2)])
#> [[0, 1], [2, 3], [4]]

try:
    len(Stream(5))
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - object of type 'Stream' has no len()
try:
    DataLoader(Stream(5), shuffle=True)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - DataLoader with IterableDataset: expected unspecified shuffle option, but got shuffle=True

loader = DataLoader(Stream(5), batch_size=None, num_workers=2)  # (2)!
print(sorted(t.item() for t in loader))
#> [0, 0, 1, 1, 2, 2, 3, 3, 4, 4]


class ShardedStream(Stream):
    def __iter__(self):
        info = get_worker_info()  # (3)!
        start, step = (0, 1) if info is None else (info.id, info.num_workers)
        for i in range(start, self.n, step):
            yield torch.tensor([i])


loader = DataLoader(ShardedStream(5), batch_size=None, num_workers=2)
print(sorted(t.item() for t in loader))
#> [0, 1, 2, 3, 4]
