import io

import torch
from safetensors.torch import load, save
from torch import nn

model = nn.Linear(2, 1)

buf = io.BytesIO()
torch.save(model.state_dict(), buf)  # (1)!
buf.seek(0)
print(list(torch.load(buf).keys()))
#> ['weight', 'bias']

buf = io.BytesIO()
torch.save(model, buf)  # (2)!
buf.seek(0)
print(type(torch.load(buf, weights_only=False)).__name__)
#> Linear

blob = save(model.state_dict())  # (3)!
restored = nn.Linear(2, 1)
restored.load_state_dict(load(blob))
print(type(blob).__name__, torch.equal(restored.weight, model.weight))
#> bytes True
