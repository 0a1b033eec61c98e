import torch


def shares(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.arange(12).view(3, 4)
print(x[1].shape, x[1:2].shape)  # (1)!
#> torch.Size([4]) torch.Size([1, 4])
print(x[:, 1].tolist(), x[:, 1:2].tolist())
#> [1, 5, 9] [[1], [5], [9]]
print(x[1, 2].shape, x[1, 2].item())
#> torch.Size([]) 6
print(x[..., -1].tolist(), x[:, None].shape)  # (2)!
#> [3, 7, 11] torch.Size([3, 1, 4])

every_other = x[:, ::2]  # (3)!
print(every_other.tolist(), every_other.stride(), shares(every_other, x))
#> [[0, 2], [4, 6], [8, 10]] (4, 2) True

x[1:, 1:3] = 0  # (4)!
print(x.tolist())
#> [[0, 1, 2, 3], [4, 0, 0, 7], [8, 0, 0, 11]]

print(x[1:100].shape, x[5:].shape)  # (5)!
#> torch.Size([2, 4]) torch.Size([0, 4])
try:
    x[3]
except IndexError as e:
    print(type(e).__name__, "-", e)
    #> IndexError - index 3 is out of bounds for dimension 0 with size 3
