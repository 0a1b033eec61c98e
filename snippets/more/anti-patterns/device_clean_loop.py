import numpy as np
import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
features = torch.from_numpy(np.ones((8, 4), dtype=np.float32))  # (1)!
labels = torch.tensor([0, 1] * 4)
print(features.device.type)
#> cpu

model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.1), nn.Linear(8, 2)).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
sched = torch.optim.lr_scheduler.StepLR(opt, step_size=1, gamma=0.5)
loss_fn = nn.CrossEntropyLoss()

running = torch.zeros((), device=device)
for _ in range(2):
    model.train()
    x, y = features.to(device), labels.to(device)  # (2)!
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
    sched.step()
    running += loss.detach()  # (3)!
    model.eval()
    with torch.inference_mode():
        preds = model(x).argmax(dim=1)
print(type(running.item()).__name__, opt.param_groups[0]["lr"], model.training)
#> float 0.025 False
print(tuple(preds.shape), preds.device.type == device)
#> (8,) True
