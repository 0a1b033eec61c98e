import torch


def shares(a, b):
    return a.untyped_storage().data_ptr() == b.untyped_storage().data_ptr()


x = torch.arange(12).view(3, 4)
rows = x[[2, 0]]  # (1)!
print(rows.tolist(), shares(rows, x))
#> [[8, 9, 10, 11], [0, 1, 2, 3]] False

print(x[[0, 2], [1, 3]].tolist())  # (2)!
#> [1, 11]
print(x[[0, 2]][:, [1, 3]].tolist(), x[[[0], [2]], [1, 3]].tolist())
#> [[1, 3], [9, 11]] [[1, 3], [9, 11]]

scores = torch.tensor([[0.125, 0.75, 0.125], [0.5, 0.25, 0.25], [0.25, 0.25, 0.5]])
labels = torch.tensor([1, 0, 2])
print(scores[torch.arange(3), labels].tolist())  # (3)!
#> [0.75, 0.5, 0.5]

mask = x > 6  # (4)!
print(mask.dtype, x[mask].tolist())
#> torch.bool [7, 8, 9, 10, 11]
keep = x.sum(dim=1) > 10
print(keep.tolist(), tuple(x[keep].shape))
#> [False, True, True] (2, 4)
print(torch.where(mask, x, -1).tolist())
#> [[-1, -1, -1, -1], [-1, -1, -1, 7], [8, 9, 10, 11]]

y = x.clone()
y[mask] = 0  # (5)!
print(y.tolist())
#> [[0, 1, 2, 3], [4, 5, 6, 0], [0, 0, 0, 0]]
