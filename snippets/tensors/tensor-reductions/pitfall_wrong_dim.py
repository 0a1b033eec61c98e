import torch

logits = torch.tensor([[2.0, 0.1, 0.3], [1.5, 0.4, 0.1], [0.1, 0.2, 3.0]])
labels = torch.tensor([0, 0, 2])
right = logits.argmax(dim=1)
wrong = logits.argmax(dim=0)  # (1)!
print(right.tolist(), wrong.tolist())
#> [0, 0, 2] [0, 1, 2]
print((right == labels).float().mean().item())
#> 1.0
print(round((wrong == labels).float().mean().item(), 4))
#> 0.6667

batch = torch.tensor(
    [[2.0, 0.1, 0.3], [0.2, 1.5, 0.1], [0.1, 0.2, 3.0], [1.0, 0.4, 0.2]]
)
try:
    batch.argmax(dim=0) == torch.tensor([0, 1, 2, 0])  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 0
