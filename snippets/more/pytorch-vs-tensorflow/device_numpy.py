import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(4, 2).to(device)  # (1)!
x = torch.randn(3, 4).to(device)
out = model(x)
print(out.device.type == device, model.weight.device.type == device)
#> True True

arr = out.detach().cpu().numpy()  # (2)!
print(type(arr).__name__, arr.dtype, arr.shape)
#> ndarray float32 (3, 2)
print(out.numpy(force=True).shape)  # (3)!
#> (3, 2)
