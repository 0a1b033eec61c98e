import torch
from torch.utils.data import DataLoader

ds = list(range(6))
g = torch.Generator().manual_seed(0)
loader = DataLoader(ds, batch_size=6, shuffle=True, generator=g)

first = next(iter(loader)).tolist()
second = next(iter(loader)).tolist()
print(first, second, first == second)  # (1)!
#> [5, 1, 0, 3, 2, 4] [3, 2, 4, 0, 5, 1] False

rebuilt = DataLoader(ds, batch_size=6, shuffle=True, generator=g)  # (2)!
print(next(iter(rebuilt)).tolist() == first)
#> False

g.manual_seed(0)  # (3)!
print(next(iter(rebuilt)).tolist() == first)
#> True
