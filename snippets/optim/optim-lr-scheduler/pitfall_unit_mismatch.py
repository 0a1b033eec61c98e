import torch
from torch.optim import lr_scheduler


def epoch_start_lrs(step_per_batch, epochs=3, batches=100):
    w = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([w], lr=0.1)
    sched = lr_scheduler.StepLR(opt, step_size=30, gamma=0.1)  # (1)!
    starts = []
    for epoch in range(epochs):
        starts.append(opt.param_groups[0]["lr"])
        for batch in range(batches):
            opt.step()
            if step_per_batch:
                sched.step()  # (2)!
        if not step_per_batch:
            sched.step()
    return [f"{lr:.0e}" for lr in starts]


print(epoch_start_lrs(step_per_batch=False))
#> ['1e-01', '1e-01', '1e-01']
print(epoch_start_lrs(step_per_batch=True))
#> ['1e-01', '1e-04', '1e-07']


def cosine(steps, t_max=5):
    w = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([w], lr=0.1)
    sched = lr_scheduler.CosineAnnealingLR(opt, T_max=t_max)
    seen = []
    for _ in range(steps):
        seen.append(round(opt.param_groups[0]["lr"], 3))
        opt.step()
        sched.step()
    return seen


print(cosine(steps=11))  # (3)!
#> [0.1, 0.09, 0.065, 0.035, 0.01, 0.0, 0.01, 0.035, 0.065, 0.09, 0.1]
