import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = (x[:, 0] * x[:, 1] > 0).long()
x, y = x.to(device), y.to(device)


def make_model():
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 2)).to(device)


def train(model, optimizer, steps=100):
    before = {n: p.detach().clone() for n, p in model.named_parameters()}
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.cross_entropy(model(x), y)
        loss.backward()
        optimizer.step()
    stuck = [n for n, p in model.named_parameters() if torch.equal(p, before[n])]
    return round(loss.item(), 3), stuck  # (1)!


model = make_model()
model[0].requires_grad_(False)  # (2)!
print("requires_grad", train(model, torch.optim.Adam(model.parameters(), lr=0.05)))
#> requires_grad (0.188, ['0.weight', '0.bias'])

model = make_model()
print("wrong list   ", train(model, torch.optim.Adam(model[2].parameters(), lr=0.05)))
#> wrong list    (0.188, ['0.weight', '0.bias'])

model = make_model()
optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
model[2] = nn.Linear(16, 2).to(device)  # (3)!
print("after optim  ", train(model, optimizer))
#> after optim   (0.378, ['2.weight', '2.bias'])

model = make_model()
print("fixed        ", train(model, torch.optim.Adam(model.parameters(), lr=0.05)))
#> fixed         (0.014, [])
