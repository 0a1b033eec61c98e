import torch
from torch import nn

fc = nn.Linear(3, 5)  # (1)!
print(fc.weight.shape, fc.bias.shape)
#> torch.Size([5, 3]) torch.Size([5])
print(sum(p.numel() for p in fc.parameters()))
#> 20

x = torch.randn(4, 3)
y = fc(x)
print(y.shape, torch.allclose(y, x @ fc.weight.T + fc.bias, atol=1e-6))  # (2)!
#> torch.Size([4, 5]) True

seq = torch.randn(2, 7, 3)  # (3)!
print(fc(seq).shape)
#> torch.Size([2, 7, 5])
print(nn.Linear(3, 5, bias=False).bias)
#> None
