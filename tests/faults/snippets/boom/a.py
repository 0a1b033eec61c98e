import torch

x = torch.ones(2)
raise RuntimeError("x")
print(x)
