import torch

x = torch.ones(2, 3, dtype=torch.float16)
e = torch.empty_like(x)
print(e.shape, e.dtype, e.device == x.device)
#> torch.Size([2, 3]) torch.float16 True

t = torch.ones(2, 3).t()
print(t.stride(), torch.empty_like(t).stride(), torch.empty(t.shape).stride())  # (1)!
#> (1, 3) (1, 3) (2, 1)

p = torch.ones(3, requires_grad=True)
print(torch.empty_like(p).requires_grad)  # (2)!
#> False

i = torch.empty_like(x, dtype=torch.int32)
print(i.shape, i.dtype)
#> torch.Size([2, 3]) torch.int32

print(torch.zeros_like(x).tolist())
#> [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]
