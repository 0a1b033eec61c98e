import torch

x = torch.tensor([[1, 2, 3], [4, 5, 6]])
z = torch.zeros_like(x)
print(z.shape, z.dtype, z.device == x.device)
#> torch.Size([2, 3]) torch.int64 True
print(torch.ones_like(x, dtype=torch.float32).tolist())
#> [[1.0, 1.0, 1.0], [1.0, 1.0, 1.0]]
print(torch.full_like(x, 9).tolist())
#> [[9, 9, 9], [9, 9, 9]]
print(torch.full_like(x, 2.7).tolist())  # (1)!
#> [[2, 2, 2], [2, 2, 2]]

r = torch.rand_like(x, dtype=torch.float32)  # (2)!
print(r.shape, r.dtype)
#> torch.Size([2, 3]) torch.float32

p = torch.ones(3, requires_grad=True)
print(torch.zeros_like(p).requires_grad)  # (3)!
#> False
