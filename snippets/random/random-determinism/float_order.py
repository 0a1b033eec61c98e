import torch

values = torch.tensor([1e8, 1.0, -1e8, 1.0])  # (1)!
for order in ([0, 1, 2, 3], [0, 2, 1, 3], [1, 3, 0, 2]):
    total = torch.tensor(0.0)
    for i in order:
        total = total + values[i]
    print(order, total.item())
    #> [0, 1, 2, 3] 1.0
    #> [0, 2, 1, 3] 2.0
    #> [1, 3, 0, 2] 0.0

a, b, c = values[0], values[1], values[2]
print(((a + b) + c).item(), (a + (b + c)).item(), ((a + c) + b).item())  # (2)!
#> 0.0 0.0 1.0
