import torch
from torch import nn

x = torch.zeros(4, device="cpu")
print(x._version)
#> 0
x += 1
x.mul_(2)
x[0] = 5.0
torch.relu_(x)
nn.ReLU(inplace=True)(x)
print(x._version)  # (1)!
#> 5

y = x * 2
print(y._version, x._version)  # (2)!
#> 0 5

v = x[:2]
v.add_(1)
d = x.detach()
d.zero_()
print(x._version, v._version, d._version)  # (3)!
#> 7 7 7

t = x.data
t.fill_(3.0)
print(x._version, t._version)  # (4)!
#> 7 1

try:
    x._version = 0
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - attribute '_version' of 'torch._C.TensorBase' objects is not writable
