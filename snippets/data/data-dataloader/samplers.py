from torch.utils.data import BatchSampler, DataLoader, SequentialSampler

ds = list(range(10))

for shuffle in (False, True):
    loader = DataLoader(ds, batch_size=4, shuffle=shuffle)
    sampler, batch_sampler = loader.sampler, loader.batch_sampler
    print(type(sampler).__name__, type(batch_sampler).__name__)  # (1)!
    #> SequentialSampler BatchSampler
    #> RandomSampler BatchSampler

loader = DataLoader(ds, batch_size=3, sampler=[9, 8, 7, 0, 1])  # (2)!
print([b.tolist() for b in loader])
#> [[9, 8, 7], [0, 1]]

loader = DataLoader(ds, batch_sampler=[[0, 1], [2, 3, 4], [5]])  # (3)!
print([b.tolist() for b in loader])
#> [[0, 1], [2, 3, 4], [5]]

try:
    DataLoader(ds, shuffle=True, sampler=SequentialSampler(ds))
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - sampler option is mutually exclusive with shuffle
try:
    batches = BatchSampler(SequentialSampler(ds), batch_size=3, drop_last=False)
    DataLoader(ds, batch_size=4, batch_sampler=batches)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - batch_sampler option is mutually exclusive with batch_size, shuffle, sampler, and drop_last
