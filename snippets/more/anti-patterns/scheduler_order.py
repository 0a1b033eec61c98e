import warnings

import torch
from torch import nn

model = nn.Linear(2, 1)
opt = torch.optim.SGD(model.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    lrs = []
    for _ in range(3):
        sched.step()  # (1)!
        lrs.append(opt.param_groups[0]["lr"])
        opt.step()
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> UserWarning - Detected call of `lr_scheduler.step()` before `optimizer.step()`
print(lrs)
#> [0.5, 0.25, 0.125]

opt = torch.optim.SGD(model.parameters(), lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
lrs = []
for _ in range(3):
    lrs.append(opt.param_groups[0]["lr"])
    opt.step()
    sched.step()  # (2)!
print(lrs)
#> [1.0, 0.5, 0.25]
