import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
print(torch.cuda.is_available() == (device == "cuda"))  # (1)!
#> True

model = nn.Linear(4, 2).to(device)
x = torch.randn(3, 4, device=device)
with torch.autocast(device_type=device, dtype=torch.bfloat16):  # (2)!
    out = model(x)
print(out.device.type == device, out.dtype, model.weight.dtype)
#> True torch.bfloat16 torch.float32
