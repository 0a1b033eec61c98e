import numpy as np
import torch

arr = np.array([1.0, 2.0, 3.0])
t = torch.from_numpy(arr)
print(t.device, t.data_ptr() == arr.ctypes.data)
#> cpu True

arr[0] = 100.0  # (1)!
print(t.tolist())
#> [100.0, 2.0, 3.0]

t.mul_(2)  # (2)!
print(arr.tolist())
#> [200.0, 4.0, 6.0]

u = t + 1  # (3)!
print(u.data_ptr() == arr.ctypes.data, arr.tolist())
#> False [200.0, 4.0, 6.0]

try:
    t.resize_(5)  # (4)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Trying to resize storage that is not resizable
