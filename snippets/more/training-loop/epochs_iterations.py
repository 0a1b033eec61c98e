import math

import torch
from torch.utils.data import DataLoader, TensorDataset

g = torch.Generator().manual_seed(0)
x = torch.arange(150.0).unsqueeze(1)
dataset = TensorDataset(x, 2 * x)
loader = DataLoader(dataset, batch_size=32, shuffle=True, num_workers=0, generator=g)

print(len(dataset), loader.batch_size, len(loader), math.ceil(150 / 32))  # (1)!
#> 150 32 5 5
epochs, iterations, orders = 3, 0, []
for epoch in range(epochs):
    sizes, seen = [], []
    for xb, yb in loader:  # (2)!
        iterations += 1
        sizes.append(len(xb))
        seen.append(xb.flatten())
    order = torch.cat(seen)
    orders.append(order)
    print(epoch, sizes, torch.equal(order.sort().values, x.flatten()))
    #> 0 [32, 32, 32, 32, 22] True
    #> 1 [32, 32, 32, 32, 22] True
    #> 2 [32, 32, 32, 32, 22] True
print(epochs, iterations, epochs * len(loader))
#> 3 15 15
print(torch.equal(orders[0], orders[1]))  # (3)!
#> False

dropped = DataLoader(dataset, batch_size=32, shuffle=True, drop_last=True, generator=g)
print(len(dropped), sum(len(xb) for xb, _ in dropped))  # (4)!
#> 4 128
