import torch
from torch import nn
from torch.nn import functional as F
from torch.nn.utils.rnn import pad_sequence

torch.manual_seed(0)
logits_a = torch.randn(2, 3)
target_a = torch.tensor([2, 0])
logits = pad_sequence([logits_a, torch.randn(6, 3)], batch_first=True)  # (1)!
target = pad_sequence([target_a, torch.randint(0, 3, (6,))], batch_first=True)
lengths = torch.tensor([2, 6])
mask = torch.arange(6) < lengths.unsqueeze(1)

per_token = F.cross_entropy(logits.transpose(1, 2), target, reduction="none")
alone = F.cross_entropy(logits_a, target_a)
print(round(alone.item(), 3), round(per_token[0].mean().item(), 3))  # (2)!
#> 2.087 1.428
print(round(per_token[0][mask[0]].mean().item(), 3))  # (3)!
#> 2.087

masked = (per_token * mask).sum() / mask.sum()
ignored = target.masked_fill(~mask, -100)  # (4)!
built_in = nn.CrossEntropyLoss(ignore_index=-100)(logits.transpose(1, 2), ignored)
print([round(v.item(), 3) for v in (per_token.mean(), masked, built_in)])
#> [1.145, 1.169, 1.169]
