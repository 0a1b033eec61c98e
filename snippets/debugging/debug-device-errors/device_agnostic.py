import io

import torch
from torch import nn

torch.manual_seed(0)
device = "cuda" if torch.cuda.is_available() else "cpu"  # (1)!

model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3)).to(device)
opt = torch.optim.Adam(model.parameters(), lr=0.05)  # (2)!
inputs = torch.randn(32, 4)
target = (inputs[:, 0] > 0).long() + (inputs[:, 1] > 0).long()

losses = []
for step in range(50):
    x, y = inputs.to(device), target.to(device)  # (3)!
    loss = nn.functional.cross_entropy(model(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.item())  # (4)!
print(losses[-1] < losses[0])
#> True

buffer = io.BytesIO()
torch.save({"model": model.state_dict(), "opt": opt.state_dict()}, buffer)
buffer.seek(0)
ckpt = torch.load(buffer, map_location=device)  # (5)!
model2 = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 3)).to(device)
model2.load_state_dict(ckpt["model"])
opt2 = torch.optim.Adam(model2.parameters(), lr=0.05)
opt2.load_state_dict(ckpt["opt"])
exp_avg = opt2.state[model2[0].weight]["exp_avg"]
print(exp_avg.device == model2[0].weight.device)
#> True
preds = model2(x).argmax(1).cpu().numpy()  # (6)!
print(preds.shape, preds.dtype)
#> (32,) int64
