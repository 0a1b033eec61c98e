import io

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(3, 2).to(device)

buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
buffer.seek(0)
state = torch.load(buffer, map_location="cpu")  # (1)!
print({name: t.device.type for name, t in state.items()})
#> {'weight': 'cpu', 'bias': 'cpu'}

cpu_model = nn.Linear(3, 2)
print(cpu_model.load_state_dict(state))
#> <All keys matched successfully>
x = torch.randn(1, 3)
print(torch.allclose(cpu_model(x), model(x.to(device)).cpu(), atol=1e-5))  # (2)!
#> True
