import torch

a = torch.Tensor([3])  # (1)!
b = torch.tensor([3])
print(a.dtype, b.dtype)
#> torch.float32 torch.int64
print(torch.Tensor(3).shape, torch.tensor(3).shape)  # (2)!
#> torch.Size([3]) torch.Size([])
try:
    torch.Tensor([3], dtype=torch.int64)
except TypeError as e:
    print(type(e).__name__, "-", str(e).split(" - ")[0])
    #> TypeError - new() received an invalid combination of arguments
print(torch.tensor([3], dtype=torch.int64).dtype)  # (3)!
#> torch.int64
