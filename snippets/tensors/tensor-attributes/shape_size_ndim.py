import torch

x = torch.zeros(2, 3, 4)
print(x.shape, x.size())  # (1)!
#> torch.Size([2, 3, 4]) torch.Size([2, 3, 4])
print(x.shape[1], x.size(1), x.shape[-1], x.size(-1))
#> 3 3 4 4
print(x.ndim, x.dim(), x.numel(), len(x))  # (2)!
#> 3 3 24 2

print(type(x.shape).__name__, isinstance(x.shape, tuple))  # (3)!
#> Size True
print(x.shape == (2, 3, 4), list(x.shape), x.shape[1:])
#> True [2, 3, 4] torch.Size([3, 4])
print(x.shape[:-1] + (5,))
#> torch.Size([2, 3, 5])

s = torch.tensor(3.5)
print(s.shape, s.ndim, s.numel())  # (4)!
#> torch.Size([]) 0 1
e = torch.zeros(0, 3)
print(e.shape, e.ndim, e.numel())
#> torch.Size([0, 3]) 2 0
