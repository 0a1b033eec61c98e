import torch

a = torch.tensor(3)
b = torch.Tensor(3)  # (1)!
print(a.shape, a.dtype, a.tolist())
#> torch.Size([]) torch.int64 3
print(b.shape, b.dtype)
#> torch.Size([3]) torch.float32

print(torch.tensor([1, 2]).dtype, torch.Tensor([1, 2]).dtype)
#> torch.int64 torch.float32

try:
    torch.Tensor([1, 2], dtype=torch.int64)
except TypeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> TypeError - new() received an invalid combination of arguments - got (list, dtype=torch.dtype), but expected one of:
