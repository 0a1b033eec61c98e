import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Linear(3, 2).to(device)
print(all(t.device.type == device for t in model.state_dict().values()))  # (1)!
#> True

cpu_state = {k: v.to("cpu") for k, v in model.state_dict().items()}  # (2)!
print({t.device.type for t in cpu_state.values()})
#> {'cpu'}

fresh = nn.Linear(3, 2).to(device)
fresh.load_state_dict(cpu_state)  # (3)!
print(fresh.weight.device.type == device, torch.equal(fresh.weight, model.weight))
#> True True
