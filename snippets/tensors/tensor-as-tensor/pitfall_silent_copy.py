import numpy as np
import torch

values = [1, 2, 3]
t = torch.as_tensor(values)
t.add_(10)
print("list   :", values, t.tolist())
#> list   : [1, 2, 3] [11, 12, 13]

pixels = np.array([0.0, 127.5, 255.0])
x = torch.as_tensor(pixels, dtype=torch.float32, device="cpu")  # (1)!
x.div_(255.0)
print("ndarray:", pixels.tolist(), x.tolist())
#> ndarray: [0.0, 127.5, 255.0] [0.0, 0.5, 1.0]
print(pixels.dtype, np.shares_memory(pixels, x.numpy()))
#> float64 False
