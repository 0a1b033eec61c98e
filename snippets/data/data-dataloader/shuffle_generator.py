import torch
from torch.utils.data import DataLoader

ds = list(range(10))

g = torch.Generator().manual_seed(0)  # (1)!
loader = DataLoader(ds, batch_size=4, shuffle=True, generator=g)
for epoch in range(2):
    print(epoch, [b.tolist() for b in loader])  # (2)!
    #> 0 [[3, 7, 5, 2], [0, 8, 1, 6], [9, 4]]
    #> 1 [[1, 3, 2, 7], [5, 9, 0, 6], [4, 8]]

g.manual_seed(0)  # (3)!
print(0, [b.tolist() for b in loader])
#> 0 [[3, 7, 5, 2], [0, 8, 1, 6], [9, 4]]

plain = DataLoader(ds, batch_size=4)
print([b.tolist() for b in plain])
#> [[0, 1, 2, 3], [4, 5, 6, 7], [8, 9]]
