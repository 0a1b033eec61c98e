import torch
from torch import nn
import torch.nn.functional as F

criterion = nn.CrossEntropyLoss()
logits = torch.linspace(-2.0, 2.0, 80).reshape(8, 10)
labels = torch.tensor([0, 1, 2, 3, 4, 5, 6, 9])
cases = {
    "(N, 1)": labels.unsqueeze(1),
    "batch": labels[:4],
    "one-hot": F.one_hot(labels, num_classes=10),
}
for name, target in cases.items():
    try:
        criterion(logits, target)  # (1)!
    except (RuntimeError, ValueError) as e:
        print(f"{name:7}", type(e).__name__, "-", str(e).splitlines()[0])
        #> (N, 1)  RuntimeError - 0D or 1D target tensor expected, multi-target not supported
        #> batch   ValueError - Expected input batch_size (8) to match target batch_size (4).
        #> one-hot RuntimeError - Expected floating point type for target with class probabilities, got Long

print(round(criterion(logits, cases["(N, 1)"].squeeze(1)).item(), 4))  # (2)!
#> 2.3511
print(round(criterion(logits, cases["one-hot"].float()).item(), 4))  # (3)!
#> 2.3511

seq_logits = torch.zeros(8, 5, 10)
seq_labels = torch.zeros(8, 5, dtype=torch.long)
try:
    criterion(seq_logits, seq_labels)  # (4)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - Expected target size [8, 10], got [8, 5]
print(round(criterion(seq_logits.transpose(1, 2), seq_labels).item(), 4))
#> 2.3026
