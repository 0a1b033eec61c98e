import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])
print(x.sum(), x.mean())  # (1)!
#> tensor(21.) tensor(3.5000)

print(x.sum(dim=0).tolist(), x.sum(dim=0).shape)  # (2)!
#> [5.0, 7.0, 9.0] torch.Size([3])
print(x.sum(dim=1).tolist(), x.sum(dim=1).shape)
#> [6.0, 15.0] torch.Size([2])
print(x.mean(dim=1).tolist(), x.mean(dim=-1).tolist())  # (3)!
#> [2.0, 5.0] [2.0, 5.0]

print(x.sum(dim=1, keepdim=True).tolist(), x.sum(dim=1, keepdim=True).shape)  # (4)!
#> [[6.0], [15.0]] torch.Size([2, 1])

cube = torch.ones(2, 3, 4)
print(cube.sum(dim=(1, 2)).tolist(), cube.sum(dim=(1, 2)).shape)  # (5)!
#> [12.0, 12.0] torch.Size([2])
