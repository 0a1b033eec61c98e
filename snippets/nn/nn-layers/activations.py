import torch
import torch.nn.functional as F
from torch import nn

x = torch.arange(-2.0, 3.0)
for act in [nn.ReLU(), nn.GELU(), nn.GELU(approximate="tanh"), nn.Sigmoid(), nn.Tanh()]:
    print(f"{act!s:26}", [round(v, 4) for v in act(x).tolist()])  # (1)!
    #> ReLU()                     [0.0, 0.0, 0.0, 1.0, 2.0]
    #> GELU(approximate='none')   [-0.0455, -0.1587, 0.0, 0.8413, 1.9545]
    #> GELU(approximate='tanh')   [-0.0454, -0.1588, 0.0, 0.8412, 1.9546]
    #> Sigmoid()                  [0.1192, 0.2689, 0.5, 0.7311, 0.8808]
    #> Tanh()                     [-0.964, -0.7616, 0.0, 0.7616, 0.964]

print(len(list(nn.GELU().parameters())))  # (2)!
#> 0
print(
    torch.equal(nn.ReLU()(x), torch.relu(x)),
    torch.equal(nn.GELU()(x), F.gelu(x)),
    torch.equal(nn.Sigmoid()(x), torch.sigmoid(x)),
    torch.equal(nn.Tanh()(x), torch.tanh(x)),
)  # (3)!
#> True True True True

y = x.clone()
out = nn.ReLU(inplace=True)(y)  # (4)!
print(out is y, y.tolist())
#> True [0.0, 0.0, 0.0, 1.0, 2.0]
