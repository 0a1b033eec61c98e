import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 32), nn.Dropout(p=0.5)).to(device)
x = torch.ones(1, 4, device=device)

with torch.no_grad():
    a, b = model(x), model(x)  # (1)!
print(model.training, torch.equal(a, b))
#> True False

model.eval()  # (2)!
with torch.no_grad():
    a, b = model(x), model(x)
print(model.training, torch.equal(a, b))
#> False True
