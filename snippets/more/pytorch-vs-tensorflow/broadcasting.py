import numpy as np
import torch

col = np.arange(3.0).reshape(3, 1)
row = np.arange(4.0)
out_np = col + row
out_pt = torch.from_numpy(col) + torch.from_numpy(row)  # (1)!
print(out_np.shape, tuple(out_pt.shape), np.array_equal(out_np, out_pt.numpy()))
#> (3, 4) (3, 4) True

for lib, x, y in (("numpy", np.ones((2, 3)), np.ones(4)),
                  ("torch", torch.ones(2, 3), torch.ones(4))):
    try:
        x + y  # (2)!
    except (ValueError, RuntimeError) as e:
        print(lib, type(e).__name__, "-", str(e).strip())
        #> numpy ValueError - operands could not be broadcast together with shapes (2,3) (4,)
        #> torch RuntimeError - The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1
