import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = (x[:, 0] * x[:, 1] > 0).long()
x, y = x.to(device), y.to(device)


def make_model():
    torch.manual_seed(0)
    return nn.Sequential(
        nn.Linear(2, 16), nn.ReLU(), nn.Linear(16, 16), nn.ReLU(), nn.Linear(16, 2)
    ).to(device)


def grad_report(model):
    model.zero_grad()
    nn.functional.cross_entropy(model(x), y).backward()
    report = {}
    for name, p in model.named_parameters():  # (1)!
        report[name] = None if p.grad is None else round(p.grad.norm().item(), 3)
    return report


print(list(grad_report(make_model())))
#> ['0.weight', '0.bias', '2.weight', '2.bias', '4.weight', '4.bias']
print(list(grad_report(make_model()).values()))
#> [0.045, 0.022, 0.143, 0.045, 0.093, 0.006]

model = make_model()
model[0].requires_grad_(False)  # (2)!
print(list(grad_report(model).values()))
#> [None, None, 0.143, 0.045, 0.093, 0.006]

model = make_model()
with torch.no_grad():
    model[2].bias.fill_(-5.0)  # (3)!
print(list(grad_report(model).values()))
#> [0.0, 0.0, 0.0, 0.0, 0.0, 0.016]
