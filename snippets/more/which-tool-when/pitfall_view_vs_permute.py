import torch

x = torch.arange(6).reshape(2, 3)
print(x.view(3, 2).tolist())  # (1)!
#> [[0, 1], [2, 3], [4, 5]]
print(x.t().tolist())  # (2)!
#> [[0, 3], [1, 4], [2, 5]]
print(torch.equal(x.view(3, 2), x.t()))
#> False
