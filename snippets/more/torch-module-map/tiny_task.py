import torch
import torch.nn.functional as F
from torch import nn, optim
from torch.utils.data import DataLoader, TensorDataset

x = torch.linspace(-1, 1, 16).unsqueeze(1)
y = 3 * x + 0.5
loader = DataLoader(TensorDataset(x, y), batch_size=4)  # (1)!

model = nn.Linear(1, 1)
nn.init.zeros_(model.weight)  # (2)!
nn.init.zeros_(model.bias)
opt = optim.SGD(model.parameters(), lr=0.3)
sched = optim.lr_scheduler.StepLR(opt, step_size=10, gamma=0.5)

for epoch in range(20):
    for xb, yb in loader:
        loss = F.mse_loss(model(xb), yb)
        opt.zero_grad()
        loss.backward()  # (3)!
        opt.step()
    sched.step()

print(len(loader), sched.get_last_lr())
#> 4 [0.075]
print(round(model.weight.item(), 3), round(model.bias.item(), 3))
#> 3.0 0.5
(grad_w,) = torch.autograd.grad(F.mse_loss(model(x), y), model.weight)  # (4)!
print(grad_w.shape, grad_w.abs().item() < 1e-3)
#> torch.Size([1, 1]) True
