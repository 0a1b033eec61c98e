import torch

x = torch.ones(2, 3)
print(x.dtype, x.dtype == torch.float32, x.is_floating_point())
#> torch.float32 True True
print(x.device)  # (1)!
#> cpu
print(x.device.type)
#> cpu
print(x.layout)
#> torch.strided

print(x.element_size(), x.itemsize, x.nbytes)  # (2)!
#> 4 4 24
h = torch.ones(2, 3, dtype=torch.float16)
print(h.element_size(), h.nbytes)
#> 2 12

col = torch.arange(12).reshape(3, 4)[:, 1]  # (3)!
print(col.shape, col.nbytes, col.untyped_storage().nbytes())
#> torch.Size([3]) 24 96
print(col.stride(), col.is_contiguous())
#> (4,) False
