import torch
from torch import nn

device = "cuda"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler(device)  # (1)!
x = torch.randn(32, 8, device=device)
y = torch.randint(0, 3, (32,), device=device)


def backward_step():
    optimizer.zero_grad()
    with torch.autocast(device_type=device, dtype=torch.float16):
        loss = nn.functional.cross_entropy(model(x), y)
    scaler.scale(loss).backward()  # (2)!


print(scaler.get_scale())
backward_step()
scaler.step(optimizer)  # (3)!
scaler.update()
print(scaler.get_scale())

backward_step()
model[0].weight.grad[0, 0] = float("inf")  # (4)!
before = model[0].weight.detach().clone()
scaler.step(optimizer)
scaler.update()
print(torch.equal(before, model[0].weight), scaler.get_scale())
