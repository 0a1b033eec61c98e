import torch

x = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0]])
row_mean = x.mean(dim=1, keepdim=True)  # (1)!
print(row_mean.shape, (x - row_mean).tolist())
#> torch.Size([2, 1]) [[-1.0, 0.0, 1.0], [-2.0, -1.0, 3.0]]

e = x.exp()
probs = e / e.sum(dim=1, keepdim=True)  # (2)!
print([round(v, 4) for v in probs.sum(dim=1).tolist()])
#> [1.0, 1.0]
print(torch.allclose(probs, torch.softmax(x, dim=1)))
#> True

col_max = x.amax(dim=0, keepdim=True)  # (3)!
scaled = x / col_max
print(col_max.shape, [[round(v, 4) for v in row] for row in scaled.tolist()])
#> torch.Size([1, 3]) [[0.25, 0.4, 0.3333], [1.0, 1.0, 1.0]]
