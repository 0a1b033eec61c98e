import torch
import torch.nn as nn

cpu = torch.device("cpu")
logits = torch.tensor(
    [[2.0, 0.5, -1.0], [0.1, 1.5, 0.3], [0.0, 0.0, 3.0]], device=cpu
)
target = torch.tensor([0, 1, -1], device=cpu)  # (1)!

try:
    nn.CrossEntropyLoss()(logits, target)
except IndexError as e:
    print(type(e).__name__, e)
    #> IndexError Target -1 is out of bounds.

print(nn.CrossEntropyLoss().ignore_index)  # (2)!
#> -100
loss = nn.CrossEntropyLoss(ignore_index=-1)(logits, target)
print(round(loss.item(), 4))
#> 0.3391
