import torch
from torch import nn

model = nn.Sequential(  # (1)!
    nn.Linear(4, 8),
    nn.ReLU(),
    nn.Linear(8, 2),
)
x = torch.randn(5, 4)
print(model(x).shape)
#> torch.Size([5, 2])
print(model)
#> Sequential(
#>   (0): Linear(in_features=4, out_features=8, bias=True)
#>   (1): ReLU()
#>   (2): Linear(in_features=8, out_features=2, bias=True)
#> )

print(len(model), type(model[0]).__name__, type(model[-1]).__name__)  # (2)!
#> 3 Linear Linear
features = model[:2]  # (3)!
print(type(features).__name__, features(x).shape, features[0] is model[0])
#> Sequential torch.Size([5, 8]) True
print([name for name, _ in model.named_parameters()])  # (4)!
#> ['0.weight', '0.bias', '2.weight', '2.bias']
