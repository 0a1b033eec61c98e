import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(2, 1).to(device)  # (1)!
x = torch.ones(1, 2).to(device)
print(model.weight.device.type == device, x.to(device) is x)  # (2)!
#> True True

try:
    torch.ones(1).cuda()  # (3)!
    cuda_call_ok = True
except (AssertionError, RuntimeError):
    cuda_call_ok = False
print(cuda_call_ok == torch.cuda.is_available())
#> True
