import numpy as np
import torch
import torch.nn.functional as F

layer = torch.nn.Linear(2, 3)
features = torch.from_numpy(np.array([[0.5, 1.5]])).to(layer.weight.device)  # (1)!
print(features.dtype, layer.weight.dtype)
#> torch.float64 torch.float32
try:
    layer(features)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mat1 and mat2 must have the same dtype, but got Double and Float
logits = layer(features.float())
print(logits.dtype)
#> torch.float32

labels = torch.tensor([2], dtype=torch.int32, device=logits.device)  # (2)!
try:
    F.cross_entropy(logits, labels)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - expected target dtype to be Long or Byte, but got Int
print(F.cross_entropy(logits, labels.long()).dtype)  # (3)!
#> torch.float32
