import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = x @ torch.tensor([[2.0], [-3.0]]) + 1.0
x, y = x.to(device), y.to(device)


def train(zero_grad, steps=60):
    torch.manual_seed(0)
    model = nn.Linear(2, 1).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    curve = []
    for step in range(steps):
        if zero_grad:
            optimizer.zero_grad()  # (1)!
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        curve.append(round(loss.item(), 3))
    return curve[::10] + curve[-1:]


print("broken", train(zero_grad=False))  # (2)!
#> broken [16.769, 6.053, 3.016, 12.152, 14.686, 3.322, 4.655]
print("fixed ", train(zero_grad=True))
#> fixed  [16.769, 0.349, 0.011, 0.0, 0.0, 0.0, 0.0]
