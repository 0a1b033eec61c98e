import torch

a = torch.empty(2, 3)
b = torch.empty((2, 3))
c = torch.empty([2, 3], dtype=torch.int64)
print(a.shape, b.shape, c.shape)
#> torch.Size([2, 3]) torch.Size([2, 3]) torch.Size([2, 3])
print(a.dtype, c.dtype)
#> torch.float32 torch.int64

d = torch.empty(4, device="cpu")
print(d.device.type)
#> cpu

w = torch.empty(3, requires_grad=True)
print(w.requires_grad, w.is_leaf)
#> True True

z = torch.empty(0)
print(z.shape, z.numel(), z.tolist())
#> torch.Size([0]) 0 []
