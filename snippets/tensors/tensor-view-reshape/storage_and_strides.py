import torch

x = torch.arange(12)
m = x.view(3, 4)
print(m.shape, m.stride())  # (1)!
#> torch.Size([3, 4]) (4, 1)
print(m.untyped_storage().data_ptr() == x.untyped_storage().data_ptr())
#> True

m[1, 2] = 100  # (2)!
print(x.tolist())
#> [0, 1, 2, 3, 4, 5, 100, 7, 8, 9, 10, 11]

row = m[2]
print(row.storage_offset(), row.stride(), row.tolist())
#> 8 (1,) [8, 9, 10, 11]

print(x.view(2, -1).shape, x.view(-1, 2, 3).shape)  # (3)!
#> torch.Size([2, 6]) torch.Size([2, 2, 3])
try:
    x.view(5, -1)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - shape '[5, -1]' is invalid for input of size 12
