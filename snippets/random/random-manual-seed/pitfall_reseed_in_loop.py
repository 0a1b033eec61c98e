import torch
from torch.utils.data import DataLoader

loader = DataLoader(range(6), batch_size=3, shuffle=True)

orders = []
for epoch in range(3):
    torch.manual_seed(0)  # (1)!
    orders.append([batch.tolist() for batch in loader])
print(orders)
#> [[[0, 4, 3], [5, 2, 1]], [[0, 4, 3], [5, 2, 1]], [[0, 4, 3], [5, 2, 1]]]

torch.manual_seed(0)  # (2)!
orders = [[batch.tolist() for batch in loader] for epoch in range(3)]
print(orders)
#> [[[0, 4, 3], [5, 2, 1]], [[2, 3, 1], [5, 4, 0]], [[5, 2, 0], [3, 1, 4]]]
