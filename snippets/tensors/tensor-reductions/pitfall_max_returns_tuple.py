import torch

x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 3.0, 4.0]])
best = x.max(dim=1)  # (1)!
try:
    best.shape
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - 'torch.return_types.max' object has no attribute 'shape'

doubled = best * 2  # (2)!
print(type(doubled).__name__, len(doubled))
#> tuple 4

print((best.values * 2).tolist(), (x.max(dim=1)[0] * 2).tolist())  # (3)!
#> [10.0, 14.0] [10.0, 14.0]
