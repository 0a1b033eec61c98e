import torch
from torch.optim import lr_scheduler


def lrs(make_scheduler, steps=8):
    w = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([w], lr=0.1)
    sched = make_scheduler(opt)  # (1)!
    seen = []
    for _ in range(steps):
        seen.append(round(opt.param_groups[0]["lr"], 4))  # (2)!
        opt.step()
        sched.step()  # (3)!
    return seen


print(lrs(lambda o: lr_scheduler.StepLR(o, step_size=3, gamma=0.1)))
#> [0.1, 0.1, 0.1, 0.01, 0.01, 0.01, 0.001, 0.001]
print(lrs(lambda o: lr_scheduler.MultiStepLR(o, milestones=[2, 5], gamma=0.1)))
#> [0.1, 0.1, 0.01, 0.01, 0.01, 0.001, 0.001, 0.001]
print(lrs(lambda o: lr_scheduler.ExponentialLR(o, gamma=0.5)))
#> [0.1, 0.05, 0.025, 0.0125, 0.0063, 0.0031, 0.0016, 0.0008]
print(lrs(lambda o: lr_scheduler.CosineAnnealingLR(o, T_max=7, eta_min=0.0)))
#> [0.1, 0.095, 0.0812, 0.0611, 0.0389, 0.0188, 0.005, 0.0]
print(lrs(lambda o: lr_scheduler.LinearLR(o, start_factor=0.25, total_iters=3)))
#> [0.025, 0.05, 0.075, 0.1, 0.1, 0.1, 0.1, 0.1]
print(lrs(lambda o: lr_scheduler.LambdaLR(o, lambda epoch: 1 / (epoch + 1))))
#> [0.1, 0.05, 0.0333, 0.025, 0.02, 0.0167, 0.0143, 0.0125]
