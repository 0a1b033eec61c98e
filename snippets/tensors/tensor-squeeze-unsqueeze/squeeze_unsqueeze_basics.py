import torch

x = torch.zeros(1, 3, 1, 4)
print(x.squeeze().shape)  # (1)!
#> torch.Size([3, 4])
print(x.squeeze(0).shape, x.squeeze((0, 2)).shape)
#> torch.Size([3, 1, 4]) torch.Size([3, 4])
print(x.squeeze(1).shape)  # (2)!
#> torch.Size([1, 3, 1, 4])

v = torch.arange(3)
print(v.unsqueeze(0).shape, v.unsqueeze(1).shape, v.unsqueeze(-1).shape)  # (3)!
#> torch.Size([1, 3]) torch.Size([3, 1]) torch.Size([3, 1])
print(v[None].shape, v[:, None].shape, v[None, :, None].shape)  # (4)!
#> torch.Size([1, 3]) torch.Size([3, 1]) torch.Size([1, 3, 1])

col = v.unsqueeze(1)
col[2, 0] = 100  # (5)!
print(v.tolist())
#> [0, 1, 100]

try:
    v.unsqueeze(2)
except IndexError as e:
    print(type(e).__name__, "-", e)
    #> IndexError - Dimension out of range (expected to be in range of [-2, 1], but got 2)
