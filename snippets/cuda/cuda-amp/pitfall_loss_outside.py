import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 3)
x = torch.randn(5, 4)
y = torch.tensor([0, 1, 2, 0, 1])

with torch.autocast("cpu", dtype=torch.bfloat16):
    logits = model(x)
    inside = nn.functional.cross_entropy(logits, y)  # (1)!
outside = nn.functional.cross_entropy(logits, y)  # (2)!
print(logits.dtype, inside.dtype, outside.dtype)
#> torch.bfloat16 torch.float32 torch.bfloat16

inside.backward()  # (3)!
print(model.weight.grad.dtype)
#> torch.float32
