import torch

big = torch.ones(2**28, 4)
print(big.shape)
