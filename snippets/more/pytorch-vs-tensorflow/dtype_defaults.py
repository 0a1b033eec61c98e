import numpy as np
import torch

print(np.array([1.5]).dtype, torch.tensor([1.5]).dtype)  # (1)!
#> float64 torch.float32
print(np.zeros(2).dtype, torch.zeros(2).dtype)
#> float64 torch.float32
print(np.array([1]).dtype, torch.tensor([1]).dtype)
#> int64 torch.int64
print(torch.from_numpy(np.zeros(2)).dtype)  # (2)!
#> torch.float64
print(torch.tensor(np.zeros(2)).dtype, torch.get_default_dtype())
#> torch.float64 torch.float32
