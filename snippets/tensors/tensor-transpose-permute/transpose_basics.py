import torch

x = torch.arange(6).view(2, 3)
t = x.transpose(0, 1)  # (1)!
print(t.shape, x.stride(), t.stride())
#> torch.Size([3, 2]) (3, 1) (1, 3)
print(t.tolist())
#> [[0, 3], [1, 4], [2, 5]]
print(torch.equal(t, x.t()), torch.equal(t, x.T), torch.equal(t, x.mT))
#> True True True

same = t.untyped_storage().data_ptr() == x.untyped_storage().data_ptr()
print(same, t.is_contiguous())
#> True False
t[0, 1] = 100  # (2)!
print(x.tolist())
#> [[0, 1, 2], [100, 4, 5]]

b = torch.zeros(2, 3, 4)
print(b.transpose(1, 2).shape, b.transpose(-1, -2).shape)  # (3)!
#> torch.Size([2, 4, 3]) torch.Size([2, 4, 3])
print(b.permute(2, 0, 1).shape, b.permute(2, 0, 1).stride())
#> torch.Size([4, 2, 3]) (1, 12, 4)
print(b.movedim(0, -1).shape)
#> torch.Size([3, 4, 2])
