import torch
from torch import nn


def build():
    return nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))


torch.save(build().state_dict(), "model.pt")

model = build()
model.load_state_dict(torch.load("model.pt"))
x = torch.randn(8, 4)
with torch.no_grad():
    print(model.training, torch.equal(model(x), model(x)))  # (1)!
    #> True False

model.eval()  # (2)!
with torch.no_grad():
    print(model.training, torch.equal(model(x), model(x)))
    #> False True
