import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
logits = torch.tensor([[8.0, 0.0, 0.0], [0.0, 8.0, 0.0]], device=device)
target = torch.tensor([0, 1], device=device)
loss_fn = nn.CrossEntropyLoss()

wrong = loss_fn(logits.softmax(dim=1), target)  # (1)!
right = loss_fn(logits, target)  # (2)!
print(round(wrong.item(), 4), round(right.item(), 4))
#> 0.5519 0.0007

perfect_probs = torch.tensor([[1.0, 0.0, 0.0]], device=device)
print(round(loss_fn(perfect_probs, target[:1]).item(), 4))
#> 0.5514
