import io

import torch
from torch import nn

model = nn.Linear(2, 1)
buf = io.BytesIO()
torch.save(model, buf)  # (1)!
buf.seek(0)
try:
    torch.load(buf)
except Exception as e:
    print(type(e).__name__, "-", str(e).split(".")[0])
    #> UnpicklingError - Weights only load failed

buf = io.BytesIO()
torch.save(model.state_dict(), buf)  # (2)!
buf.seek(0)
fresh = nn.Linear(2, 1)
print(fresh.load_state_dict(torch.load(buf)))
#> <All keys matched successfully>
print(torch.equal(fresh.weight, model.weight))
#> True
