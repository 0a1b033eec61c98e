import torch

x = torch.tensor([[1.0, 5.0, 2.0], [7.0, 3.0, 7.0]])
print(x.max(), x.argmax())  # (1)!
#> tensor(7.) tensor(3)
print(torch.unravel_index(x.argmax(), x.shape))
#> (tensor(1), tensor(0))

result = x.max(dim=1)  # (2)!
print(type(result).__name__, result.values.tolist(), result.indices.tolist())
#> max [5.0, 7.0] [1, 0]
values, indices = x.max(dim=1)
print(values.tolist(), indices.tolist(), x.argmax(dim=1).tolist())  # (3)!
#> [5.0, 7.0] [1, 0] [1, 0]

print(x.amax(dim=(0, 1)).item(), x.amax(dim=0).tolist())  # (4)!
#> 7.0 [7.0, 5.0, 7.0]
print(torch.maximum(x, torch.tensor(4.0)).tolist())  # (5)!
#> [[4.0, 5.0, 4.0], [7.0, 4.0, 7.0]]
