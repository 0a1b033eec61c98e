import copy

import torch
from torch import nn

X = torch.linspace(-1, 1, 48).reshape(16, 3)
y = X.sum(dim=1, keepdim=True) * 0.5 + 0.1
loss_fn = nn.MSELoss()
big = nn.Linear(3, 1)
small = copy.deepcopy(big)
opt_big = torch.optim.SGD(big.parameters(), lr=0.1)
opt_small = torch.optim.SGD(small.parameters(), lr=0.1)

for xb, yb in zip(X.split(8), y.split(8)):
    opt_big.zero_grad()
    loss_fn(big(xb), yb).backward()
    opt_big.step()

accum_steps = 4
opt_small.zero_grad()
for i, (xb, yb) in enumerate(zip(X.split(2), y.split(2))):
    loss = loss_fn(small(xb), yb) / accum_steps  # (1)!
    loss.backward()
    if (i + 1) % accum_steps == 0:  # (2)!
        opt_small.step()
        opt_small.zero_grad()

same_w = torch.allclose(big.weight, small.weight, atol=1e-6)
same_b = torch.allclose(big.bias, small.bias, atol=1e-6)
print(same_w, same_b)
#> True True
