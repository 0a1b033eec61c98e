import numpy as np
import torch

a = np.zeros(3, dtype=np.float32)
shared = torch.from_numpy(a)  # (1)!
copied = torch.tensor(a)  # (2)!
a[0] = 7.0
print(shared.tolist(), copied.tolist())
#> [7.0, 0.0, 0.0] [0.0, 0.0, 0.0]

t = torch.ones(3)
view = t.numpy()  # (3)!
t.add_(1)
print(view.tolist(), np.shares_memory(view, t.numpy()))
#> [2.0, 2.0, 2.0] True
print(torch.as_tensor(a).data_ptr() == shared.data_ptr())  # (4)!
#> True
