import torch


def shares(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.arange(12).view(3, 4)
t = x.t()  # (1)!
print(t.shape, t.stride(), t.is_contiguous())
#> torch.Size([4, 3]) (1, 4) False
print(t.tolist())
#> [[0, 4, 8], [1, 5, 9], [2, 6, 10], [3, 7, 11]]

try:
    t.view(12)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.

r = t.reshape(12)  # (2)!
print(r.tolist(), shares(r, x))
#> [0, 4, 8, 1, 5, 9, 2, 6, 10, 3, 7, 11] False

c = t.contiguous()  # (3)!
print(c.stride(), c.is_contiguous(), shares(c, x))
#> (3, 1) True False
print(torch.equal(c.view(12), r))
#> True

print(t.view(2, 2, 3).stride(), shares(t.view(2, 2, 3), x))  # (4)!
#> (2, 1, 4) True
print(t.reshape(4, 3, 1).stride(), shares(t.reshape(4, 3, 1), x))
#> (1, 4, 4) True
