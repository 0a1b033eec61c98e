import torch
import torch.nn.functional as F

device = "cuda" if torch.cuda.is_available() else "cpu"
num_classes = 3
logits = torch.tensor([[2.0, 0.5, -1.0], [0.1, 1.5, 0.3]], device=device)
labels = torch.tensor([1, 3], device=device)


def check_targets(target, num_classes):
    bad = (target < 0) | (target >= num_classes)
    if bad.any():  # (1)!
        raise ValueError(
            f"targets must lie in [0, {num_classes - 1}], got "
            f"{target[bad].tolist()} at positions {bad.nonzero().flatten().tolist()}"
        )


try:
    check_targets(labels, num_classes)
except ValueError as e:
    print(type(e).__name__, e)
    #> ValueError targets must lie in [0, 2], got [3] at positions [1]

try:
    F.cross_entropy(logits.cpu(), labels.cpu())  # (2)!
except IndexError as e:
    print(type(e).__name__, e)
    #> IndexError Target 3 is out of bounds.

target = labels - 1  # (3)!
check_targets(target, num_classes)
loss = F.cross_entropy(logits, target)
print(loss.device.type == device, round(loss.item(), 4))
#> True 0.9391
