import torch

logits = torch.tensor([
    [0.1, 0.7, 0.2],
    [0.9, 0.05, 0.05],
    [0.2, 0.1, 0.7],
    [0.3, 0.3, 0.4],
])
labels = torch.tensor([1, 0, 1, 2])

preds = logits.argmax(dim=1)  # (1)!
print(preds.tolist(), preds.shape)
#> [1, 0, 2, 2] torch.Size([4])

correct = preds == labels
print(correct.tolist(), correct.sum().item(), correct.sum().dtype)  # (2)!
#> [True, True, False, True] 3 torch.int64
print(correct.float().mean().item())  # (3)!
#> 0.75

confidence = torch.softmax(logits, dim=1).amax(dim=1)  # (4)!
print([round(v, 4) for v in confidence.tolist()])
#> [0.464, 0.5391, 0.464, 0.3559]
