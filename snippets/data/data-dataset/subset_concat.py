import torch
from torch.utils.data import ConcatDataset, Subset, TensorDataset

a = TensorDataset(torch.tensor([10, 11, 12, 13]))
b = TensorDataset(torch.tensor([20, 21, 22]))

evens = Subset(a, [0, 2])  # (1)!
print(len(evens), [evens[i][0].item() for i in range(len(evens))])
#> 2 [10, 12]

both = ConcatDataset([a, b])  # (2)!
print(len(both), both.cumulative_sizes)
#> 7 [4, 7]
print(both[3][0].item(), both[4][0].item(), both[-1][0].item())
#> 13 20 22

print(type(a + b).__name__, len(a + b))  # (3)!
#> ConcatDataset 7
