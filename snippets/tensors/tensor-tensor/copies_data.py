import numpy as np
import torch

data = [1, 2, 3]
t = torch.tensor(data)
data[0] = 100
print(data, t.tolist())
#> [100, 2, 3] [1, 2, 3]

arr = np.array([1.5, 2.5, 3.5])
copied = torch.tensor(arr)
shared = torch.from_numpy(arr)  # (1)!
arr[0] = -1.0
print(copied.tolist(), copied.dtype)  # (2)!
#> [1.5, 2.5, 3.5] torch.float64
print(shared.tolist())
#> [-1.0, 2.5, 3.5]
print(copied.data_ptr() == arr.ctypes.data, shared.data_ptr() == arr.ctypes.data)
#> False True

copied.mul_(10)
print(arr.tolist())
#> [-1.0, 2.5, 3.5]
