import torch

base = torch.zeros(3, 1)
grid = base.expand(3, 4)
print(grid.stride())  # (1)!
#> (1, 0)
try:
    grid.add_(1)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(":")[0])
    #> RuntimeError - unsupported operation
    print("single memory location" in str(e))
    #> True

grid = base.expand(3, 4).clone()  # (2)!
grid.add_(1)
print(grid.sum().item(), base.sum().item(), grid.stride())
#> 12.0 0.0 (4, 1)
