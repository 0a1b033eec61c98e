import warnings

import torch
from torch.nn import functional as F

pred = torch.tensor([[1.0], [2.0], [3.0], [4.0]])  # (1)!
target = torch.tensor([1.0, 2.0, 3.0, 4.0])

diff = pred - target  # (2)!
print(diff.shape, (diff**2).mean().item())
#> torch.Size([4, 4]) 2.5

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = F.mse_loss(pred, target)  # (3)!
print(loss.item(), caught[0].category.__name__)
#> 2.5 UserWarning
print(str(caught[0].message).split(". ")[0])
#> Using a target size (torch.Size([4])) that is different to the input size (torch.Size([4, 1]))

print(((pred.squeeze(1) - target) ** 2).mean().item())  # (4)!
#> 0.0
print(F.mse_loss(pred, target.unsqueeze(1)).item())
#> 0.0
