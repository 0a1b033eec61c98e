import torch
from torch.optim import lr_scheduler


def make():
    w = torch.nn.Parameter(torch.zeros(1))
    opt = torch.optim.SGD([w], lr=0.1)
    return opt, lr_scheduler.StepLR(opt, step_size=2, gamma=0.5)


opt, sched = make()
for _ in range(5):
    opt.step()
    sched.step()
checkpoint = {"optimizer": opt.state_dict(), "scheduler": sched.state_dict()}  # (1)!
print(sched.last_epoch, sched.get_last_lr())
#> 5 [0.025]

opt2, sched2 = make()
print(sched2.last_epoch, sched2.get_last_lr())  # (2)!
#> 0 [0.1]
opt2.load_state_dict(checkpoint["optimizer"])
sched2.load_state_dict(checkpoint["scheduler"])  # (3)!
print(sched2.last_epoch, sched2.get_last_lr(), opt2.param_groups[0]["lr"])
#> 5 [0.025] 0.025

opt2.step()
sched2.step()
opt.step()
sched.step()
print(sched2.get_last_lr() == sched.get_last_lr())
#> True
print(sorted(k for k in checkpoint["scheduler"] if not k.startswith("_")))
#> ['base_lrs', 'gamma', 'last_epoch', 'step_size']

fresh = torch.optim.SGD([torch.nn.Parameter(torch.zeros(1))], lr=0.1)
try:
    lr_scheduler.StepLR(fresh, step_size=2, gamma=0.5, last_epoch=4)  # (4)!
except KeyError as e:
    print(type(e).__name__, "-", e.args[0].splitlines()[0])
    #> KeyError - param 'initial_lr' is not specified in param_groups[0] when resuming scheduler with last_epoch >= 0.
