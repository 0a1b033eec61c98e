import torch

x = torch.tensor([1.7, -1.7, 2.5])
print(x.to(torch.float64).dtype, x.double().dtype, x.half().dtype)
#> torch.float64 torch.float64 torch.float16
print(x.long(), x.int().dtype)  # (1)!
#> tensor([ 1, -1,  2]) torch.int32
print(x.round().long(), x.floor().long())  # (2)!
#> tensor([ 2, -2,  2]) tensor([ 1, -2,  2])
print(x.bool().tolist(), torch.tensor([0.0, 3.0]).bool().tolist())
#> [True, True, True] [False, True]

print(x.to(torch.float32) is x, x.float() is x)  # (3)!
#> True True
print(x.to(torch.float32, copy=True) is x)
#> False

ref = torch.zeros(1, dtype=torch.float16)
print(x.to(ref).dtype, x.to(ref.dtype).dtype)  # (4)!
#> torch.float16 torch.float16

d = x.double()
d[0] = 100.0
print(x[0].item(), d[0].item())  # (5)!
#> 1.7000000476837158 100.0
