import torch
from torch import nn

pred = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
target = torch.tensor([[1.5, 2.0], [2.0, 6.0]])

print(nn.MSELoss(reduction="none")(pred, target))  # (1)!
#> tensor([[0.2500, 0.0000],
#>         [1.0000, 4.0000]])
mean = nn.MSELoss()(pred, target)
total = nn.MSELoss(reduction="sum")(pred, target)
print(mean.item(), total.item())
#> 1.3125 5.25
print(((pred - target) ** 2).mean().item())
#> 1.3125

