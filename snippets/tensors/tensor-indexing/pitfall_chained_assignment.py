import torch

x = torch.arange(9).view(3, 3)
x[x > 4][0] = 100  # (1)!
print(x.tolist())
#> [[0, 1, 2], [3, 4, 5], [6, 7, 8]]

x[[0, 1]].zero_()  # (2)!
print(x.tolist())
#> [[0, 1, 2], [3, 4, 5], [6, 7, 8]]

x[0:2].zero_()  # (3)!
print(x.tolist())
#> [[0, 0, 0], [0, 0, 0], [6, 7, 8]]

y = torch.arange(9).view(3, 3)
y[y > 4] = 100  # (4)!
print(y.tolist())
#> [[0, 1, 2], [3, 4, 100], [100, 100, 100]]
y.index_fill_(0, torch.tensor([0, 2]), -1)
print(y.tolist())
#> [[-1, -1, -1], [3, 4, 100], [-1, -1, -1]]
