import io
import warnings

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU()).eval().to(device)
x = torch.randn(4, 3, device=device)

ep = torch.export.export(model, (x,))  # (1)!
out = ep.module()(x)
print(out.device.type == device, torch.allclose(out, model(x)))
#> True True

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    buffer = io.BytesIO()
    torch.jit.save(torch.jit.script(model), buffer)
    buffer.seek(0)
    on_cpu = torch.jit.load(buffer, map_location="cpu")  # (2)!
print(next(on_cpu.parameters()).device.type)
#> cpu
print(torch.allclose(on_cpu(x.cpu()), model(x).cpu()))
#> True
