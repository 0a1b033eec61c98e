import torch
import torch.nn.functional as F
from torch import nn

x = torch.tensor([-2.0, -0.5, 0.0, 1.5])
relu = nn.ReLU()

print(F.relu(x), torch.equal(F.relu(x), relu(x)))  # (1)!
#> tensor([0.0000, 0.0000, 0.0000, 1.5000]) True
print(list(relu.parameters()), relu)
#> [] ReLU()

model = nn.Sequential(nn.Linear(4, 3), nn.ReLU())  # (2)!
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=3, bias=True)
#>   (1): ReLU()
#> )
try:
    nn.Sequential(nn.Linear(4, 3), F.relu)
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - torch.nn.functional.relu is not a Module subclass
