import torch

print(torch.arange(3).tolist())
#> [0, 1, 2]
