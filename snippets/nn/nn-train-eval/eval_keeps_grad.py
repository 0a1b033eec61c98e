import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Dropout(0.5))
x = torch.randn(8, 3)

model.eval()
out = model(x)
print(model.training, out.requires_grad, out.grad_fn is not None)  # (1)!
#> False True True
out.sum().backward()
print(model[0].weight.grad is not None, model[1].weight.grad is not None)
#> True True

with torch.no_grad():  # (2)!
    out = model(x)
print(out.requires_grad, out.grad_fn)
#> False None
