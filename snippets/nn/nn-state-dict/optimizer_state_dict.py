import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
print(len(optimizer.state_dict()["state"]))  # (1)!
#> 0

model(torch.randn(8, 3)).pow(2).mean().backward()
optimizer.step()

osd = optimizer.state_dict()
print(list(osd))
#> ['state', 'param_groups']
group = osd["param_groups"][0]
print(group["lr"], group["betas"], group["params"])  # (2)!
#> 0.001 (0.9, 0.999) [0, 1, 2, 3]
print(list(osd["state"]), list(osd["state"][0]))
#> [0, 1, 2, 3] ['step', 'exp_avg', 'exp_avg_sq']
print(osd["state"][0]["step"].item(), tuple(osd["state"][0]["exp_avg"].shape))  # (3)!
#> 1.0 (4, 3)

other = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
w0, b0, w2, b2 = other.parameters()
shuffled = torch.optim.Adam([w2, b2, w0, b0], lr=1e-3)  # (4)!
shuffled.load_state_dict(osd)
print(tuple(shuffled.state[w2]["exp_avg"].shape), tuple(w2.shape))
#> (4, 3) (2, 4)
