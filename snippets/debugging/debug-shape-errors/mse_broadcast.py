import warnings

import torch
from torch import nn

pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 3.0])

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    loss = nn.MSELoss()(pred, target)  # (1)!
print(caught[0].category.__name__, "-", caught[0].message)
#> UserWarning - Using a target size (torch.Size([3])) that is different to the input size (torch.Size([3, 1])). This will likely lead to incorrect results due to broadcasting. Please ensure they have the same size.
print(round(loss.item(), 4), (pred - target).shape)  # (2)!
#> 1.3333 torch.Size([3, 3])

print(nn.MSELoss()(pred.squeeze(1), target).item())  # (3)!
#> 0.0
print(nn.MSELoss()(pred, target.unsqueeze(1)).item())
#> 0.0

try:
    nn.BCEWithLogitsLoss()(pred, target)  # (4)!
except ValueError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> ValueError - Target size (torch.Size([3])) must be the same as input size (torch.Size([3, 1]))
