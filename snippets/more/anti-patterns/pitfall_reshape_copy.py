import torch

x = torch.zeros(2, 3)
flat = x.t().reshape(6)  # (1)!
flat[0] = 100.0
print(x[0, 0].item(), flat.data_ptr() == x.data_ptr())
#> 0.0 False

flat = x.reshape(6)  # (2)!
flat[0] = 100.0
print(x[0, 0].item(), flat.data_ptr() == x.data_ptr())
#> 100.0 True
