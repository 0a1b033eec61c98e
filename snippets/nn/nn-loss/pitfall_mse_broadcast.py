import warnings

import torch
from torch import nn

criterion = nn.MSELoss()
pred = torch.tensor([[1.0], [2.0], [3.0]])  # (1)!
target = torch.tensor([1.0, 2.0, 3.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = criterion(pred, target)
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> UserWarning - Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1]))
print(round(loss.item(), 4), (pred - target).shape)  # (2)!
#> 1.3333 torch.Size([3, 3])

print(criterion(pred.squeeze(1), target).item())  # (3)!
#> 0.0
