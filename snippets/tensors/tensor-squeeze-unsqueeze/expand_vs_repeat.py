import torch

row = torch.tensor([1, 2, 3])
e = row.expand(2, 3)  # (1)!
r = row.repeat(2, 1)
print(e.tolist() == r.tolist(), e.stride(), r.stride())
#> True (0, 1) (3, 1)
print(e.untyped_storage().nbytes(), r.untyped_storage().nbytes())
#> 24 48

print(torch.tensor([[1], [2]]).expand(-1, 3).tolist())  # (2)!
#> [[1, 1, 1], [2, 2, 2]]

try:
    e.add_(1)  # (3)!
except RuntimeError as err:
    print(type(err).__name__, "-", str(err).split(". ")[0])
    #> RuntimeError - unsupported operation: more than one element of the written-to tensor refers to a single memory location
