import torch

w = torch.nn.Parameter(torch.zeros(1))
opt = torch.optim.SGD([w], lr=0.1)
sched = torch.optim.lr_scheduler.ReduceLROnPlateau(
    opt, mode="min", factor=0.5, patience=2
)  # (1)!

val_losses = [1.0, 0.8, 0.79995, 0.81, 0.82, 0.7, 0.71, 0.72, 0.73]
for epoch, val_loss in enumerate(val_losses):
    opt.step()
    sched.step(val_loss)  # (2)!
    print(epoch, val_loss, sched.num_bad_epochs, sched.get_last_lr())
    #> 0 1.0 0 [0.1]
    #> 1 0.8 0 [0.1]
    #> 2 0.79995 1 [0.1]
    #> 3 0.81 2 [0.1]
    #> 4 0.82 0 [0.05]
    #> 5 0.7 0 [0.05]
    #> 6 0.71 1 [0.05]
    #> 7 0.72 2 [0.05]
    #> 8 0.73 0 [0.025]

try:
    sched.step()
except TypeError as e:
    print(type(e).__name__, "-", e)  # (3)!
    #> TypeError - ReduceLROnPlateau.step() missing 1 required positional argument: 'metrics'
