import numpy as np
import torch

arr = np.zeros(3, dtype=np.float32)
copied = torch.tensor(arr)  # (1)!
shared = torch.as_tensor(arr, device="cpu")  # (2)!
wrapped = torch.from_numpy(arr)
arr[0] = 7.0
print(copied[0].item(), shared[0].item(), wrapped[0].item())
#> 0.0 7.0 7.0

t = torch.ones(3)
print(torch.as_tensor(t) is t, torch.tensor([1, 2]).dtype)  # (3)!
#> True torch.int64

buf = torch.empty(2, 3)  # (4)!
print(tuple(buf.shape), torch.zeros(2, 3).sum().item())
#> (2, 3) 0.0
