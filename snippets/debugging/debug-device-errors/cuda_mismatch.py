import torch
from torch import nn

device = "cuda"
model = nn.Linear(4, 3).to(device)
inputs = torch.randn(8, 4, device="cpu")

for label, fn in [
    ("linear", lambda: model(inputs)),
    ("add", lambda: torch.ones(3, device=device) + torch.ones(3, device="cpu")),
]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, "-", str(e).splitlines()[0])

print(model(inputs.to(device)).device.type)
print((torch.ones(3, device=device) + torch.tensor(2.0, device="cpu")).device.type)
