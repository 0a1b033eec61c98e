import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

g = torch.Generator().manual_seed(0)
x = torch.rand(64, 1, generator=g) * 2 - 1
y = 3 * x + 0.5
x, y = x.to(device), y.to(device)


def train(zero_grad, steps=30):
    torch.manual_seed(0)
    model = nn.Linear(1, 1).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    losses = []
    for _ in range(steps):
        if zero_grad:
            optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()  # (1)!
        optimizer.step()
        losses.append(loss.item())
    return [f"{v:.2g}" for v in losses[::5]]


print(train(zero_grad=True))
#> ['2.9', '1.5', '0.77', '0.4', '0.21', '0.11']
print(train(zero_grad=False))  # (2)!
#> ['2.9', '0.15', '2.3', '1.5', '0.7', '2.8']

model = nn.Linear(1, 1).to(device)
nn.functional.mse_loss(model(x), y).backward()
once = model.weight.grad.clone()
for _ in range(2):
    nn.functional.mse_loss(model(x), y).backward()
print(torch.allclose(model.weight.grad, 3 * once))  # (3)!
#> True
