import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(4, 16), nn.BatchNorm1d(16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1)
).to(device)
x_val = torch.randn(64, 4).to(device)
y_val = torch.randn(64, 1).to(device)
loss_fn = nn.MSELoss()


def validate():
    with torch.no_grad():
        return loss_fn(model(x_val), y_val).item()


stats_before = model[1].running_mean.clone()
a, b = validate(), validate()  # (1)!
print(model.training, a == b, torch.equal(model[1].running_mean, stats_before))
#> True False False

model.eval()  # (2)!
stats_before = model[1].running_mean.clone()
a, b = validate(), validate()
print(model.training, a == b, torch.equal(model[1].running_mean, stats_before))
#> False True True
model.train()  # (3)!
print(model.training, model[3].training)
#> True True
