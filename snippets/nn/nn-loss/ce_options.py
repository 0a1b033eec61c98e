import torch
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3], [0.0, 0.0, 3.0]])
target = torch.tensor([0, 2, 2])

per_sample = nn.CrossEntropyLoss(reduction="none")(logits, target)  # (1)!
print(per_sample.round(decimals=4))
#> tensor([0.2413, 1.6368, 0.0949])
mean = nn.CrossEntropyLoss()(logits, target)
total = nn.CrossEntropyLoss(reduction="sum")(logits, target)
print(round(mean.item(), 4), round(total.item(), 4))
#> 0.6577 1.9731

masked = torch.tensor([0, -100, 2])  # (2)!
ignored = nn.CrossEntropyLoss()(logits, masked)
print(round(ignored.item(), 4), round(per_sample[[0, 2]].mean().item(), 4))
#> 0.1681 0.1681

weight = torch.tensor([1.0, 1.0, 3.0])  # (3)!
weighted = nn.CrossEntropyLoss(weight=weight)(logits, target)
w = weight[target]
print(round(weighted.item(), 4), round(((w * per_sample).sum() / w.sum()).item(), 4))
#> 0.7767 0.7767
