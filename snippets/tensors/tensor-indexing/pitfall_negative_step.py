import numpy as np
import torch

print(np.arange(5)[::-1].tolist())  # (1)!
#> [4, 3, 2, 1, 0]

t = torch.arange(5)
try:
    t[::-1]
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - step must be greater than zero

r = t.flip(0)  # (2)!
print(r.tolist(), r.untyped_storage().data_ptr() == t.untyped_storage().data_ptr())
#> [4, 3, 2, 1, 0] False

m = torch.arange(6).view(2, 3)
print(m.flip(1).tolist(), m.flip(0, 1).tolist())
#> [[2, 1, 0], [5, 4, 3]] [[5, 4, 3], [2, 1, 0]]
