import numpy as np
import torch

arr = np.arange(5)
rev = arr[::-1]
print(rev.strides)
#> (-8,)

try:
    torch.from_numpy(rev)
except ValueError as e:
    print(type(e).__name__, "-", str(e).strip())
    #> ValueError - At least one stride in the given numpy array is negative, and tensors with negative strides are not currently supported. (You can probably work around this by making a copy of your array  with array.copy().)

fixed = torch.from_numpy(rev.copy())  # (1)!
print(fixed.tolist(), fixed.data_ptr() == arr.ctypes.data)
#> [4, 3, 2, 1, 0] False

flipped = torch.from_numpy(arr).flip(0)  # (2)!
print(flipped.tolist(), flipped.data_ptr() == arr.ctypes.data)
#> [4, 3, 2, 1, 0] False
