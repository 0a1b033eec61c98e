import torch
from torch import nn

criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]])
labels = torch.tensor([0.0, 2.0])  # (1)!

for target in (labels, labels.int()):  # (2)!
    try:
        criterion(logits, target)
    except RuntimeError as e:
        print(type(e).__name__, "-", e)
        #> RuntimeError - expected target dtype to be Long or Byte, but got Float
        #> RuntimeError - expected target dtype to be Long or Byte, but got Int

print(round(criterion(logits, labels.long()).item(), 4))  # (3)!
#> 0.9391
