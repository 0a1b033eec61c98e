import torch
from torch import nn
from torch.utils.data import DataLoader

ds = list(range(10))


def epoch_order():
    return next(iter(DataLoader(ds, batch_size=10, shuffle=True))).tolist()


torch.manual_seed(0)
a = epoch_order()
torch.manual_seed(0)
nn.Linear(4, 4)  # (1)!
b = epoch_order()
print(a == b)
#> False

state = torch.get_rng_state()
next(iter(DataLoader(ds, batch_size=10)))  # (2)!
print(torch.equal(state, torch.get_rng_state()))
#> False

torch.seed()  # (3)!
c = epoch_order()
torch.seed()
print(c == epoch_order())
#> False

torch.manual_seed(0)
g = torch.Generator().manual_seed(1)
loader = DataLoader(ds, batch_size=10, shuffle=True, generator=g)
first = next(iter(loader)).tolist()
nn.Linear(4, 4)
g.manual_seed(1)
again = next(iter(loader)).tolist()
print(first == again)  # (4)!
#> True
