import numpy as np
import torch

x = torch.zeros(3, device="cpu")
n = x.numpy()
print(n.dtype, n.ctypes.data == x.data_ptr())
#> float32 True

n[0] = 7.0
x.add_(1)
print(x.tolist(), n.tolist())
#> [8.0, 1.0, 1.0] [8.0, 1.0, 1.0]

w = torch.ones(2, device="cpu", requires_grad=True)
try:
    w.numpy()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
print(w.detach().numpy().tolist())  # (1)!
#> [1.0, 1.0]

m = x.cpu().numpy()  # (2)!
print(np.shares_memory(m, n))
#> True
