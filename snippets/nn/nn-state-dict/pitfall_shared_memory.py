import copy

import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x, y = torch.randn(16, 2), torch.randn(16, 1)

best = model.state_dict()  # (1)!
best_copy = copy.deepcopy(model.state_dict())  # (2)!
best_clone = {k: v.detach().clone() for k, v in model.state_dict().items()}
before = model.weight.detach().clone()

for _ in range(5):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()

print(best["weight"].data_ptr() == model.weight.data_ptr())
#> True
print(torch.equal(best["weight"], before), torch.equal(best["weight"], model.weight))
#> False True
print(torch.equal(best_copy["weight"], before))
#> True
print(torch.equal(best_clone["weight"], before))
#> True
