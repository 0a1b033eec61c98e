import torch

x = torch.ones(2)
y = torch.tensor(x)
print(y.tolist())
#> [1.0, 1.0]
