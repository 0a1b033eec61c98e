import torch

try:
    torch.tensor([[1, 2, 3], [4, 5]])
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - expected sequence of length 3 at dim 1 (got 2)

rows = [[1, 2, 3], [4, 5]]
width = max(len(r) for r in rows)
padded = torch.tensor([r + [0] * (width - len(r)) for r in rows])
print(padded.shape, padded.tolist())
#> torch.Size([2, 3]) [[1, 2, 3], [4, 5, 0]]
