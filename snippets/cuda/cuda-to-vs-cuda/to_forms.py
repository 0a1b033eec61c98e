import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(4.0, device=device)

same = x.to(device), x.to(torch.float32), x.to(device, torch.float32)  # (1)!
print([t is x for t in same])
#> [True, True, True]

y = x.to(torch.float16)  # (2)!
print(y is x, y.dtype, x.dtype)
#> False torch.float16 torch.float32

z = x.to(device, dtype=torch.float64)
print(z.dtype, z.device.type == device)
#> torch.float64 True

labels = torch.tensor([1, 0, 1])
w = labels.to(x)  # (3)!
print(w.dtype, w.device == x.device)
#> torch.float32 True

c = x.to(device, copy=True)  # (4)!
print(c is x, torch.equal(c, x))
#> False True
