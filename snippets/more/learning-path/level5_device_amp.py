import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"  # (1)!
model = nn.Linear(4, 2).to(device)
x = torch.randn(3, 4).to(device)
out = model(x)
print(out.device.type == device, model.weight.device.type == device)
#> True True

with torch.autocast(device_type=device, dtype=torch.bfloat16):  # (2)!
    low = model(x)
print(low.dtype, model.weight.dtype, out.dtype)
#> torch.bfloat16 torch.float32 torch.float32

total = out.sum().item()  # (3)!
print(type(total).__name__, out.cpu().device.type)
#> float cpu
