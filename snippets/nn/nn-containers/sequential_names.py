from collections import OrderedDict

import torch
from torch import nn

model = nn.Sequential(
    OrderedDict(
        [
            ("fc1", nn.Linear(4, 8)),
            ("act", nn.ReLU()),
            ("fc2", nn.Linear(8, 2)),
        ]
    )
)
print(model)
#> Sequential(
#>   (fc1): Linear(in_features=4, out_features=8, bias=True)
#>   (act): ReLU()
#>   (fc2): Linear(in_features=8, out_features=2, bias=True)
#> )
print(model.fc1 is model[0])  # (1)!
#> True
print([name for name, _ in model.named_parameters()])
#> ['fc1.weight', 'fc1.bias', 'fc2.weight', 'fc2.bias']
print(list(model.state_dict().keys())[:2])
#> ['fc1.weight', 'fc1.bias']

model.append(nn.Softmax(dim=1))  # (2)!
print([name for name, _ in model.named_children()])
#> ['fc1', 'act', 'fc2', '3']
print([round(v, 4) for v in model(torch.randn(3, 4)).sum(dim=1).tolist()])
#> [1.0, 1.0, 1.0]
