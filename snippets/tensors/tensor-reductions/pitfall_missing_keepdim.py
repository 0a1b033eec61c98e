import torch

square = torch.tensor([[1.0, 2.0], [3.0, 5.0]])
print(square.mean(dim=1).shape)
#> torch.Size([2])
print((square - square.mean(dim=1)).tolist())  # (1)!
#> [[-0.5, -2.0], [1.5, 1.0]]
print((square - square.mean(dim=1, keepdim=True)).tolist())
#> [[-0.5, 0.5], [-1.0, 1.0]]

wide = torch.tensor([[1.0, 2.0, 3.0], [4.0, 5.0, 9.0]])
try:
    wide - wide.mean(dim=1)  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - The size of tensor a (3) must match the size of tensor b (2) at non-singleton dimension 1
