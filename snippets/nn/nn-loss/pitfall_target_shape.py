import torch
from torch import nn

criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])
labels = torch.tensor([[0], [2]])  # (1)!

try:
    criterion(logits, labels)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - 0D or 1D target tensor expected, multi-target not supported

fixed = labels.squeeze(1)  # (2)!
print(fixed.shape, round(criterion(logits, fixed).item(), 4))
#> torch.Size([2]) 0.9391
