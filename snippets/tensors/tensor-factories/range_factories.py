import torch

r = torch.arange(5)
print(r.tolist(), r.dtype)  # (1)!
#> [0, 1, 2, 3, 4] torch.int64
print(torch.arange(2, 10, 3).tolist(), torch.arange(10, 0, -4).tolist())
#> [2, 5, 8] [10, 6, 2]
f = torch.arange(0, 1, 0.25)
print(f.tolist(), f.dtype)  # (2)!
#> [0.0, 0.25, 0.5, 0.75] torch.float32

lin = torch.linspace(0, 1, steps=5)
print(lin.tolist(), lin.dtype)  # (3)!
#> [0.0, 0.25, 0.5, 0.75, 1.0] torch.float32
print(torch.linspace(-1, 1, 3).tolist())
#> [-1.0, 0.0, 1.0]
grid = torch.linspace(0, 1, 11)
print(len(grid), [round(v, 4) for v in grid[:3].tolist()], grid[-1].item())
#> 11 [0.0, 0.1, 0.2] 1.0
