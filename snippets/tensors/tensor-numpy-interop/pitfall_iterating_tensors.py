from collections import Counter

import torch

labels = torch.tensor([1, 1, 2])
print(list(labels))  # (1)!
#> [tensor(1), tensor(1), tensor(2)]
print(len(Counter(labels)), len(set(labels)))  # (2)!
#> 3 3
print(Counter(labels.tolist()), set(labels.tolist()))
#> Counter({1: 2, 2: 1}) {1, 2}

values, counts = labels.unique(return_counts=True)  # (3)!
print(values.tolist(), counts.tolist())
#> [1, 2] [2, 1]
