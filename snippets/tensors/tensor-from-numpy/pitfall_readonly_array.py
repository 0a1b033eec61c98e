import warnings

import numpy as np
import torch

arr = np.arange(3)
arr.flags.writeable = False

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    t = torch.from_numpy(arr)
for w in caught:
    print(w.category.__name__, "-", str(w.message).split(".")[0])
    #> UserWarning - The given NumPy array is not writable, and PyTorch does not support non-writable tensors

t.add_(10)  # (1)!
print(arr.tolist(), arr.flags.writeable)
#> [10, 11, 12] False

safe = torch.from_numpy(arr.copy())  # (2)!
safe.add_(1)
print(safe.tolist(), arr.tolist())
#> [11, 12, 13] [10, 11, 12]
