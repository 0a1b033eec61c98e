import numpy as np
import torch

t = torch.arange(3, dtype=torch.float32)
same = torch.as_tensor(t)
same_dtype = torch.as_tensor(t, dtype=torch.float32)
new_dtype = torch.as_tensor(t, dtype=torch.float64)
print("tensor, no arguments   :", same is t, same.data_ptr() == t.data_ptr())
#> tensor, no arguments   : True True
print("tensor, same dtype     :", same_dtype is t)
#> tensor, same dtype     : True
print("tensor, other dtype    :", new_dtype is t, new_dtype.data_ptr() == t.data_ptr())
#> tensor, other dtype    : False False

arr = np.arange(3, dtype=np.float32)
shared = torch.as_tensor(arr, device="cpu")  # (1)!
converted = torch.as_tensor(arr, dtype=torch.float64, device="cpu")
print("ndarray, same dtype    :", np.shares_memory(arr, shared.numpy()))
#> ndarray, same dtype    : True
print("ndarray, other dtype   :", np.shares_memory(arr, converted.numpy()))
#> ndarray, other dtype   : False

from_list = torch.as_tensor([0.0, 1.0, 2.0])
from_f64 = torch.as_tensor(np.array([0.0, 1.0, 2.0]), device="cpu")
print("list vs float64 ndarray:", from_list.dtype, from_f64.dtype)
#> list vs float64 ndarray: torch.float32 torch.float64
