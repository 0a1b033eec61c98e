import torch
from torch.utils.data import DataLoader

sentences = [
    torch.tensor([4, 7, 2]),
    torch.tensor([5, 9, 3, 8, 6]),
    torch.tensor([1, 2]),
    torch.tensor([3, 3, 7, 1]),
]
print([len(s) for s in sentences])
#> [3, 5, 2, 4]

loader = DataLoader(sentences, batch_size=2)
try:
    next(iter(loader))  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - stack expects each tensor to be equal size, but got [3] at entry 0 and [5] at entry 1
