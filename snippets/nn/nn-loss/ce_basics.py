import torch
import torch.nn.functional as F
from torch import nn

logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])  # (1)!
target = torch.tensor([0, 2])
criterion = nn.CrossEntropyLoss()

loss = criterion(logits, target)
print(target.dtype, round(loss.item(), 4))
#> torch.int64 0.9391

log_probs = F.log_softmax(logits, dim=1)  # (2)!
print(round(F.nll_loss(log_probs, target).item(), 4))
#> 0.9391
manual = -log_probs[torch.arange(2), target].mean()
print(round(manual.item(), 4), torch.allclose(loss, manual))
#> 0.9391 True

print(F.softmax(logits, dim=1).round(decimals=4))  # (3)!
#> tensor([[0.7856, 0.1753, 0.0391],
#>         [0.1593, 0.6461, 0.1946]])
