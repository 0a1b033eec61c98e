import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 4)).to(device)
norms = []


def record_norm(module, args, output):
    norms.append(output.detach().norm())  # (1)!


handles = [model[0].register_forward_hook(record_norm)]
handles.append(model[2].register_forward_hook(record_norm))
for step in range(3):
    model(torch.randn(32, 8, device=device))
print(len(norms), norms[0].device.type == device)
#> 6 True
stacked = torch.stack(norms).view(3, 2).cpu()  # (2)!
print(tuple(stacked.shape), bool((stacked > 0).all()))
#> (3, 2) True
for h in handles:
    h.remove()
