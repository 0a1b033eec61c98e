import torch
from torch import nn

model = nn.Linear(2, 1)
optimizer = torch.optim.Adam(model.parameters(), lr=0.1, foreach=False)
model(torch.ones(4, 2)).sum().backward()
optimizer.step()  # (1)!

model.to(torch.float64)  # (2)!
state = optimizer.state[model.weight]
print(model.weight.dtype, state["exp_avg"].dtype)
#> torch.float64 torch.float32

model(torch.ones(4, 2, dtype=torch.float64)).sum().backward()
try:
    optimizer.step()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - expected dtype float for `end` but got dtype double

model = nn.Linear(2, 1).to(torch.float64)  # (3)!
optimizer = torch.optim.Adam(model.parameters(), lr=0.1, foreach=False)
model(torch.ones(4, 2, dtype=torch.float64)).sum().backward()
optimizer.step()
print(optimizer.state[model.weight]["exp_avg"].dtype)
#> torch.float64
