import torch
from torch.utils.data import TensorDataset, random_split

ds = TensorDataset(torch.arange(10.0).unsqueeze(1), torch.arange(10))

g = torch.Generator().manual_seed(42)  # (1)!
train, val = random_split(ds, [8, 2], generator=g)
print(type(train).__name__, len(train), len(val))
#> Subset 8 2
print(train.indices, val.indices)
#> [2, 6, 1, 8, 4, 5, 0, 9] [3, 7]

again, _ = random_split(ds, [8, 2], generator=torch.Generator().manual_seed(42))
print(again.indices == train.indices)  # (2)!
#> True

parts = random_split(ds, [0.7, 0.2, 0.1], generator=torch.Generator().manual_seed(0))
print([len(p) for p in parts])  # (3)!
#> [7, 2, 1]
print([len(p) for p in random_split(ds, [0.25, 0.75])])
#> [3, 7]

x, y = val[0]
print(y.item(), train.dataset is ds)  # (4)!
#> 3 True

try:
    random_split(ds, [8, 3])
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - Sum of input lengths does not equal the length of the input dataset!
