import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
x = torch.randn(5, 4)
y = torch.tensor([0, 1, 2, 0, 1])

with torch.autocast("cpu", dtype=torch.bfloat16):  # (1)!
    logits = model(x)
    probs = torch.softmax(logits, dim=1)
    total = logits.sum()
    loss = nn.functional.cross_entropy(logits, y)
    shifted = x + 1
print("linear:", logits.dtype)
#> linear: torch.bfloat16
print("softmax:", probs.dtype, "sum:", total.dtype)  # (2)!
#> softmax: torch.bfloat16 sum: torch.bfloat16
print("cross_entropy:", loss.dtype, "x + 1:", shifted.dtype)  # (3)!
#> cross_entropy: torch.float32 x + 1: torch.float32
print("weight:", model[0].weight.dtype)  # (4)!
#> weight: torch.float32

loss.backward()
print("weight.grad:", model[0].weight.grad.dtype)
#> weight.grad: torch.float32
