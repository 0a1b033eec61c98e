import torch
from torch import nn
from torch.utils.data import DataLoader


def init_weights():
    return nn.Linear(2, 2).weight.detach().clone()


torch.manual_seed(0)
w1 = init_weights()

torch.manual_seed(0)
for batch in DataLoader(range(4), batch_size=2):  # (1)!
    pass
w2 = init_weights()
print(torch.equal(w1, w2))
#> False

torch.manual_seed(0)
data_gen = torch.Generator().manual_seed(0)
for batch in DataLoader(range(4), batch_size=2, generator=data_gen):  # (2)!
    pass
w3 = init_weights()
print(torch.equal(w1, w3))
#> True
