import torch
from torch.utils.data import DataLoader

g = torch.Generator().manual_seed(42)  # (1)!
print(g.device, g.initial_seed())
#> cpu 42
print(torch.randperm(6, generator=g).tolist())
#> [0, 3, 2, 4, 1, 5]
print(torch.randint(0, 10, (4,), generator=g).tolist())
#> [5, 0, 4, 0]

g.manual_seed(42)
torch.manual_seed(123)  # (2)!
print(torch.randperm(6, generator=g).tolist())
#> [0, 3, 2, 4, 1, 5]

loader = DataLoader(range(6), batch_size=3, shuffle=True, generator=g.manual_seed(7))
print([batch.tolist() for batch in loader])
#> [[1, 2, 5], [3, 0, 4]]
loader = DataLoader(range(6), batch_size=3, shuffle=True, generator=g.manual_seed(7))
print([batch.tolist() for batch in loader])  # (3)!
#> [[1, 2, 5], [3, 0, 4]]
