import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(12.0, device=device).view(3, 4)
t = x.t()


def shares(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


print(x.contiguous() is x, shares(t.view(2, 2, 3), x))  # (1)!
#> True True
c = t.contiguous()
print(c.device == x.device, shares(c, x), c.is_contiguous())  # (2)!
#> True False True

nhwc = torch.zeros(2, 3, 4, 4, device=device).to(memory_format=torch.channels_last)
print(nhwc.stride(), nhwc.is_contiguous(memory_format=torch.channels_last))
#> (48, 1, 12, 3) True
print(shares(nhwc.flatten(1), nhwc), nhwc.permute(0, 2, 3, 1).is_contiguous())  # (3)!
#> False True
