import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])
index_target = torch.tensor([0, 2])
criterion = nn.CrossEntropyLoss()

one_hot = F.one_hot(index_target, num_classes=3).float()  # (1)!
print(one_hot.dtype, one_hot.shape)
#> torch.float32 torch.Size([2, 3])
print(torch.allclose(criterion(logits, one_hot), criterion(logits, index_target)))
#> True

soft = torch.tensor([[0.6, 0.3, 0.1], [0.2, 0.2, 0.6]])  # (2)!
print(round(criterion(logits, soft).item(), 4))
#> 1.2141

smoothed = nn.CrossEntropyLoss(label_smoothing=0.1)  # (3)!
eps, classes = 0.1, 3
by_hand = one_hot * (1 - eps) + eps / classes
print(by_hand)
#> tensor([[0.9333, 0.0333, 0.0333],
#>         [0.0333, 0.0333, 0.9333]])
print(torch.allclose(smoothed(logits, index_target), criterion(logits, by_hand)))
#> True
