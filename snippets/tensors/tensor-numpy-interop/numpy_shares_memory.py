import numpy as np
import torch

t = torch.arange(4.0, device="cpu")  # (1)!
a = t.numpy()
print(type(a).__name__, a.dtype, np.shares_memory(a, np.asarray(t)))
#> ndarray float32 True

a[0] = 100.0  # (2)!
t.mul_(2)
print(t.tolist(), a.tolist())
#> [200.0, 2.0, 4.0, 6.0] [200.0, 2.0, 4.0, 6.0]

t = t + 1  # (3)!
print(t.tolist(), a.tolist())
#> [201.0, 3.0, 5.0, 7.0] [200.0, 2.0, 4.0, 6.0]

m = torch.arange(6, device="cpu").reshape(2, 3)
print(m.numpy().strides, m.T.numpy().strides, m.T.numpy().flags["C_CONTIGUOUS"])  # (4)!
#> (24, 8) (8, 24) False
print(torch.tensor(5, device="cpu").numpy().shape)
#> ()
