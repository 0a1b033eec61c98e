import torch
from torch.optim import lr_scheduler

epochs, batches_per_epoch = 3, 4
total = epochs * batches_per_epoch
warmup = 3

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.AdamW([w], lr=1e-3)
sched = lr_scheduler.SequentialLR(
    opt,
    schedulers=[
        lr_scheduler.LinearLR(opt, start_factor=0.1, total_iters=warmup),
        lr_scheduler.CosineAnnealingLR(opt, T_max=total - warmup),
    ],
    milestones=[warmup],
)
print(opt.param_groups[0]["lr"], opt.param_groups[0]["initial_lr"])  # (1)!
#> 0.0001 0.001

for epoch in range(epochs):
    used = []
    for batch in range(batches_per_epoch):
        used.append(round(sched.get_last_lr()[0], 6))  # (2)!
        opt.step()
        sched.step()  # (3)!
    print(epoch, used)
    #> 0 [0.0001, 0.0004, 0.0007, 0.001]
    #> 1 [0.00097, 0.000883, 0.00075, 0.000587]
    #> 2 [0.000413, 0.00025, 0.000117, 3e-05]
