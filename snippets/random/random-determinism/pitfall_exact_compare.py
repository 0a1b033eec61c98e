import torch


def running_sum(values):
    total = torch.tensor(0.0)
    for v in values:
        total = total + v
    return total


values = torch.tensor([3.6, 8.6, 7.2, 6.6])
forward = running_sum(values)
backward = running_sum(values.flip(0))  # (1)!
print(forward.item(), backward.item())
#> 26.000001907348633 26.0
print(torch.equal(forward, backward))
#> False
print(torch.allclose(forward, backward))  # (2)!
#> True
