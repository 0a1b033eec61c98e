import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3], [0.0, 0.0, 3.0]])
target = torch.tensor([0, 2, -100])

module_loss = nn.CrossEntropyLoss(label_smoothing=0.1)(logits, target)  # (1)!
functional_loss = F.cross_entropy(logits, target, label_smoothing=0.1)
print(round(module_loss.item(), 4), torch.equal(module_loss, functional_loss))
#> 0.9974 True

criterion = nn.CrossEntropyLoss(reduction="sum")  # (2)!
print(criterion.reduction, criterion.ignore_index, criterion.label_smoothing)
#> sum -100 0.0
same = F.cross_entropy(logits, target, reduction="sum")
print(torch.equal(criterion(logits, target), same))
#> True
