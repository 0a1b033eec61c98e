import numpy as np
import torch

arr = np.zeros(3, dtype=np.float32)
t = torch.from_numpy(arr)  # (1)!
arr += 1
print(t.tolist())
#> [1.0, 1.0, 1.0]

arr = np.zeros(3, dtype=np.float32)
t = torch.tensor(arr)  # (2)!
arr += 1
print(t.tolist())
#> [0.0, 0.0, 0.0]
