import numpy as np
import torch

arr = np.array([1, 2, 3])
via_as_tensor = torch.as_tensor(arr, device="cpu")
via_tensor = torch.tensor(arr)
via_from_numpy = torch.from_numpy(arr)

arr[0] = 100
print("as_tensor :", via_as_tensor.tolist())
#> as_tensor : [100, 2, 3]
print("tensor    :", via_tensor.tolist())
#> tensor    : [1, 2, 3]
print("from_numpy:", via_from_numpy.tolist())
#> from_numpy: [100, 2, 3]

via_as_tensor[2] = -1  # (1)!
print("arr       :", arr.tolist())
#> arr       : [100, 2, -1]
print(via_as_tensor.dtype, via_from_numpy.dtype, via_tensor.dtype)
#> torch.int64 torch.int64 torch.int64
