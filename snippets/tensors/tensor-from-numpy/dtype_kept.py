import numpy as np
import torch

print(torch.from_numpy(np.zeros(2)).dtype)
#> torch.float64
print(torch.from_numpy(np.arange(2)).dtype)
#> torch.int64
print(torch.from_numpy(np.zeros(2, dtype=np.float32)).dtype)
#> torch.float32
print(torch.get_default_dtype())
#> torch.float32

arr = np.array([0.5, 1.5])
t = torch.from_numpy(arr)
print(t.to(torch.float64) is t)  # (1)!
#> True

f = t.float()  # (2)!
print(f.dtype, f.data_ptr() == arr.ctypes.data)
#> torch.float32 False
arr[0] = 9.0
print(t.tolist(), f.tolist())
#> [9.0, 1.5] [0.5, 1.5]

arr32 = arr.astype(np.float32)  # (3)!
t32 = torch.from_numpy(arr32)
print(t32.dtype, t32.data_ptr() == arr32.ctypes.data)
#> torch.float32 True
