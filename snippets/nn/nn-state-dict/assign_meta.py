import warnings

import torch
from torch import nn

trained = nn.Linear(4, 2)
with torch.device("meta"):
    skeleton = nn.Linear(4, 2)  # (1)!
print(skeleton.weight.device)
#> meta

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    skeleton.load_state_dict(trained.state_dict())  # (2)!
print(skeleton.weight.device, len(caught))
#> meta 2
print(str(caught[0].message).split(": ", 1)[1].split(". (")[0])
#> copying from a non-meta parameter in the checkpoint to a meta parameter in the current model, which is a no-op

skeleton.load_state_dict(trained.state_dict(), assign=True)  # (3)!
print(skeleton.weight.device.type == trained.weight.device.type)
#> True
print(type(skeleton.weight).__name__, skeleton.weight.requires_grad)
#> Parameter True
print(torch.equal(skeleton.weight, trained.weight))
#> True
