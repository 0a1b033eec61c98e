import numpy as np
import torch

print(torch.get_default_dtype())  # (1)!
#> torch.float32
print(torch.tensor([1.0, 2.0]).dtype, torch.zeros(2).dtype)
#> torch.float32 torch.float32
print(torch.tensor([1, 2]).dtype, torch.tensor([0, 1], dtype=torch.float32).dtype)
#> torch.int64 torch.float32
arr = np.array([0.5, 1.5])
print(arr.dtype, torch.from_numpy(arr).dtype, torch.tensor(arr).dtype)  # (2)!
#> float64 torch.float64 torch.float64
print(torch.as_tensor(arr, dtype=torch.float32).dtype)  # (3)!
#> torch.float32
print(np.array([1, 2]).dtype, torch.from_numpy(np.array([1, 2])).dtype)
#> int64 torch.int64
labels = np.array([0, 2, 1], dtype=np.int32)
print(torch.from_numpy(labels).dtype, torch.from_numpy(labels).long().dtype)  # (4)!
#> torch.int32 torch.int64
