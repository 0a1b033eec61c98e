import torch
from torch import nn

source = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
target = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
weight = target[0].weight

result = target.load_state_dict(source.state_dict())  # (1)!
print(result)
#> <All keys matched successfully>
print(torch.equal(target[0].weight, source[0].weight), target[0].weight is weight)
#> True True

partial = {k: v for k, v in source.state_dict().items() if k.startswith("0.")}
partial["scale"] = torch.tensor(2.0)
try:
    target.load_state_dict(partial)  # (2)!
except RuntimeError as e:
    print(type(e).__name__)
    #> RuntimeError
    for line in str(e).splitlines():
        print(line.strip())
        #> Error(s) in loading state_dict for Sequential:
        #> Missing key(s) in state_dict: "2.weight", "2.bias".
        #> Unexpected key(s) in state_dict: "scale".

result = target.load_state_dict(partial, strict=False)  # (3)!
print(result.missing_keys)
#> ['2.weight', '2.bias']
print(result.unexpected_keys)
#> ['scale']
