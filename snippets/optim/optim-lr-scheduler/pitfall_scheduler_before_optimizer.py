import warnings

import torch


def lrs_used(scheduler_first, steps=4):
    w = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([w], lr=1.0)
    sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
    used = []
    for _ in range(steps):
        if scheduler_first:
            sched.step()  # (1)!
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        if not scheduler_first:
            sched.step()
    return used


print(lrs_used(scheduler_first=False))
#> [1.0, 0.5, 0.25, 0.125]
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(lrs_used(scheduler_first=True))  # (2)!
    #> [0.5, 0.25, 0.125, 0.0625]
message = str(caught[0].message)
print(len(caught), caught[0].category.__name__)  # (3)!
#> 1 UserWarning
print(message.split(". ")[0])
#> Detected call of `lr_scheduler.step()` before `optimizer.step()`
print(message.split(".  ")[1].split(". ")[0])
#> Failure to do this will result in PyTorch skipping the first value of the learning rate schedule
