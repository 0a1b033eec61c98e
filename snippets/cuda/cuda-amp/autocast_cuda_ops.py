import torch
from torch import nn

device = "cuda"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to(device)
x = torch.randn(5, 4, device=device)
y = torch.tensor([0, 1, 2, 0, 1], device=device)

with torch.autocast(device_type=device, dtype=torch.float16):  # (1)!
    logits = model(x)
    probs = torch.softmax(logits, dim=1)
    total = logits.sum()
    loss = nn.functional.cross_entropy(logits, y)
print("linear:", logits.dtype)
print("softmax:", probs.dtype, "sum:", total.dtype)  # (2)!
print("cross_entropy:", loss.dtype, "weight:", model[0].weight.dtype)
