import io

import torch
from torch import nn

buffer = io.BytesIO()
torch.save(nn.Linear(2, 1).state_dict(), buffer)

buffer.seek(0)
try:
    torch.load(buffer, map_location="cuda")  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - Attempting to deserialize object on a CUDA device but torch.cuda.is_available() is False. If you are running on a CPU-only machine, please use torch.load with map_location=torch.device('cpu') to map your storages to the CPU.

device = "cuda" if torch.cuda.is_available() else "cpu"
buffer.seek(0)
state = torch.load(buffer, map_location=device)  # (2)!
print({k: v.device.type for k, v in state.items()})
#> {'weight': 'cpu', 'bias': 'cpu'}
