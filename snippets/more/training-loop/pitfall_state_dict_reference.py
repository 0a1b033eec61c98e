import copy

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
model = nn.Linear(1, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.linspace(-1, 1, 32).unsqueeze(1).to(device)
y = 3 * x + 0.5

best_ref = model.state_dict()  # (1)!
best_copy = copy.deepcopy(model.state_dict())  # (2)!
for _ in range(5):
    optimizer.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    optimizer.step()

print(torch.equal(best_ref["weight"], model.weight))
#> True
print(torch.equal(best_copy["weight"], model.weight))
#> False
print(best_ref["weight"].data_ptr() == model.weight.data_ptr())
#> True
