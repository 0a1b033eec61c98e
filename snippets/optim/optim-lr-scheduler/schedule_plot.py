import matplotlib.pyplot as plt
import torch
from torch.optim import lr_scheduler as S

schedules = {
    "StepLR(step_size=10, gamma=0.5)": lambda o: S.StepLR(o, 10, 0.5),
    "ExponentialLR(gamma=0.93)": lambda o: S.ExponentialLR(o, 0.93),
    "CosineAnnealingLR(T_max=40)": lambda o: S.CosineAnnealingLR(o, 40),
    "LinearLR(start_factor=0.1, total_iters=8)": lambda o: S.LinearLR(o, 0.1, 1, 8),
}

fig, ax = plt.subplots(figsize=(6.4, 4))
for label, make in schedules.items():
    opt = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
    sched = make(opt)
    used = []
    for _ in range(40):
        used.append(opt.param_groups[0]["lr"])
        opt.step()
        sched.step()
    ax.plot(used, label=label, drawstyle="steps-post")
ax.set(title="Learning rate per step", xlabel="step", ylabel="learning rate")
fig.legend(loc="outside lower center", ncols=2)
plt.show()
#> [figure schedule_plot.1.svg]
