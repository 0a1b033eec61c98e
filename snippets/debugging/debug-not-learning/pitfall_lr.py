import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = x @ torch.tensor([[2.0], [-3.0]]) + 1.0
x, y = x.to(device), y.to(device)


def train(lr, steps=50):
    torch.manual_seed(0)
    model = nn.Linear(2, 1).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=lr)
    curve = []
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        optimizer.step()
        curve.append(f"{loss.item():.3g}")  # (1)!
    return curve[::10] + curve[-1:]


for lr in (1.5, 0.05, 0.001):
    print(lr, train(lr))
    #> 1.5 ['16.8', '6.65e+10', '8.46e+20', '1.08e+31', 'inf', 'inf']
    #> 0.05 ['16.8', '2.37', '0.41', '0.0764', '0.0147', '0.00335']
    #> 0.001 ['16.8', '16.1', '15.5', '14.9', '14.3', '13.8']
