import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(3, 4, device="cpu"), nn.Tanh(), nn.Linear(4, 1, device="cpu")
)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.randn(5, 3, device="cpu")

out = model(x)
loss_a = out.mean()
loss_b = out.pow(2).mean()
loss_a.backward(retain_graph=True)
print(model[2].weight._version)
#> 1
opt.step()  # (1)!
print(model[2].weight._version)
#> 2
try:
    loss_b.backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4, 1]], which is output 0 of AsStrided, is at version 2; expected version 1 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

opt.zero_grad()
out = model(x)
(out.mean() + out.pow(2).mean()).backward()  # (2)!
opt.step()
print(model[2].weight._version)
#> 3
