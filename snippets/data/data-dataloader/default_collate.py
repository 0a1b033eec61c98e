import numpy as np
import torch
from torch.utils.data import DataLoader

pairs = [(torch.full((2,), float(i)), i) for i in range(3)]
batch = next(iter(DataLoader(pairs, batch_size=3)))
print(type(batch).__name__, batch[0].shape, batch[1])  # (1)!
#> list torch.Size([3, 2]) tensor([0, 1, 2])

records = [
    {"x": torch.zeros(2), "label": i, "weight": 0.5 * i, "name": f"s{i}"}
    for i in range(3)
]
batch = next(iter(DataLoader(records, batch_size=3)))
print(type(batch).__name__, list(batch))  # (2)!
#> dict ['x', 'label', 'weight', 'name']
print(batch["x"].shape, batch["label"].dtype, batch["weight"].dtype)
#> torch.Size([3, 2]) torch.int64 torch.float64
print(batch["name"])  # (3)!
#> ['s0', 's1', 's2']

arrays = [np.ones(2, dtype=np.float32) * i for i in range(3)]
batch = next(iter(DataLoader(arrays, batch_size=3)))
print(type(batch).__name__, batch.shape, batch.dtype)  # (4)!
#> Tensor torch.Size([3, 2]) torch.float32
