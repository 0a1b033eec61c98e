from torch.utils.data import DataLoader, IterableDataset, get_worker_info


class Stream(IterableDataset):
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return iter(range(self.n))


loader = DataLoader(Stream(6), batch_size=3, num_workers=2)
print([batch.tolist() for batch in loader])  # (1)!
#> [[0, 1, 2], [0, 1, 2], [3, 4, 5], [3, 4, 5]]


class ShardedStream(Stream):
    def __iter__(self):
        info = get_worker_info()
        if info is None:  # (2)!
            return iter(range(self.n))
        return iter(range(info.id, self.n, info.num_workers))  # (3)!


loader = DataLoader(ShardedStream(6), batch_size=3, num_workers=2)
print([batch.tolist() for batch in loader])
#> [[0, 2, 4], [1, 3, 5]]
print([batch.tolist() for batch in DataLoader(ShardedStream(6), batch_size=3)])
#> [[0, 1, 2], [3, 4, 5]]
