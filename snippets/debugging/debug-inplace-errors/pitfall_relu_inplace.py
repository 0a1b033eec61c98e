import torch
from torch import nn

torch.manual_seed(0)
x = torch.randn(4, 3, device="cpu")

ok = nn.Sequential(nn.Linear(3, 2, device="cpu"), nn.ReLU(inplace=True))
ok(x).sum().backward()  # (1)!
print(ok[0].weight.grad.shape)
#> torch.Size([2, 3])

bad = nn.Sequential(
    nn.Linear(3, 2, device="cpu"), nn.Sigmoid(), nn.ReLU(inplace=True)
)
try:
    bad(x).sum().backward()  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [4, 2]], which is output 0 of Sigmoid, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

z = torch.randn(2, 5, device="cpu", requires_grad=True)
h = torch.relu(z)
h += 1  # (3)!
try:
    h.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2, 5]], which is output 0 of Relu, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

fixed = nn.Sequential(nn.Linear(3, 2, device="cpu"), nn.Sigmoid(), nn.ReLU())
fixed(x).sum().backward()  # (4)!
print(fixed[0].weight.grad.shape)
#> torch.Size([2, 3])
h = torch.relu(z)
h = h + 1
h.sum().backward()
print(z.grad.shape)
#> torch.Size([2, 5])
