import warnings

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.tensor([1.0], device=device))
opt = torch.optim.SGD([w], lr=1.0)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
scaler = torch.amp.GradScaler(device)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    for step, scale in enumerate([float("inf"), 1.0, 1.0]):
        opt.zero_grad()
        loss = (w * scale).sum()  # (1)!
        scaler.scale(loss).backward()
        scaler.step(opt)  # (2)!
        scaler.update()
        sched.step()
        print(step, w.item(), scaler.get_scale(), sched.get_last_lr())
        #> 0 1.0 32768.0 [0.5]
        #> 1 0.5 32768.0 [0.25]
        #> 2 0.25 32768.0 [0.125]

print(len(caught), str(caught[0].message).split(". ")[0])  # (3)!
#> 1 Detected call of `lr_scheduler.step()` before `optimizer.step()`
