import torch

x = torch.arange(6.0).reshape(2, 3)
print(x.shape, x.dtype)
