import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Linear(3, 3), nn.Linear(3, 2)).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)

model[1] = nn.Linear(3, 5).to(device)  # (1)!
before = model[1].weight.detach().clone()

x = torch.ones(4, 3, device=device)
opt.zero_grad()
model(x).pow(2).mean().backward()
opt.step()
print(model[1].weight.grad is not None, torch.equal(model[1].weight, before))  # (2)!
#> True True

tracked = {id(p) for g in opt.param_groups for p in g["params"]}
print([name for name, p in model.named_parameters() if id(p) not in tracked])
#> ['1.weight', '1.bias']

opt.add_param_group({"params": model[1].parameters()})  # (3)!
opt.step()
print(torch.equal(model[1].weight, before))
#> False
