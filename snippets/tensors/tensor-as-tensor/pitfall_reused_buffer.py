import numpy as np
import torch

buffer = np.zeros(3, dtype=np.float32)
snapshots = []
for step in range(3):
    buffer[:] = step
    snapshots.append(torch.as_tensor(buffer, device="cpu"))
print("as_tensor:", [s.tolist() for s in snapshots])
#> as_tensor: [[2.0, 2.0, 2.0], [2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]

copies = []
for step in range(3):
    buffer[:] = step
    copies.append(torch.tensor(buffer))  # (1)!
print("tensor   :", [c.tolist() for c in copies])
#> tensor   : [[0.0, 0.0, 0.0], [1.0, 1.0, 1.0], [2.0, 2.0, 2.0]]
