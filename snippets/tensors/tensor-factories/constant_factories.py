import torch

a = torch.zeros(2, 3)
b = torch.ones((2, 3), dtype=torch.int64)
print(a.shape, a.dtype, b.dtype)
#> torch.Size([2, 3]) torch.float32 torch.int64
print(b.tolist())
#> [[1, 1, 1], [1, 1, 1]]

print(torch.full((2, 2), 7).dtype, torch.full((2, 2), 7.0).dtype)  # (1)!
#> torch.int64 torch.float32
print(torch.full((2,), True).dtype)
#> torch.bool
print(torch.full((2, 3), -1.5).tolist())
#> [[-1.5, -1.5, -1.5], [-1.5, -1.5, -1.5]]

print(torch.eye(3).tolist())
#> [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
print(torch.eye(2, 3, dtype=torch.int64).tolist())  # (2)!
#> [[1, 0, 0], [0, 1, 0]]

w = torch.zeros(4, requires_grad=True)
print(w.is_leaf, w.requires_grad)
#> True True

s = torch.zeros(())  # (3)!
print(s.shape, s.ndim, s.item())
#> torch.Size([]) 0 0.0
