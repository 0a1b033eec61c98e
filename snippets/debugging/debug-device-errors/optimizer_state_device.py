import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1, foreach=False)
model(torch.randn(4, 3)).pow(2).mean().backward()
opt.step()
saved = opt.state_dict()
print({k: str(v.device) for k, v in saved["state"][0].items() if k != "step"})  # (1)!
#> {'exp_avg': 'cpu', 'exp_avg_sq': 'cpu'}

model.to(torch.float64)  # (2)!
opt.zero_grad()
model(torch.randn(4, 3, dtype=torch.float64)).pow(2).mean().backward()
try:
    opt.step()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - expected dtype float for `end` but got dtype double

model2 = nn.Linear(3, 1).to("meta")  # (3)!
opt2 = torch.optim.Adam(model2.parameters(), lr=0.1)
opt2.load_state_dict(saved)  # (4)!
state = opt2.state[model2.weight]
print({k: str(v.device) for k, v in state.items() if k != "step"})
#> {'exp_avg': 'meta', 'exp_avg_sq': 'meta'}
