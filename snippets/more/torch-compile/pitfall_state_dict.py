import torch
from torch import nn

model = nn.Linear(2, 1)
compiled = torch.compile(model, backend="eager")
print(list(compiled.state_dict()))  # (1)!
#> ['_orig_mod.weight', '_orig_mod.bias']

fresh = nn.Linear(2, 1)
try:
    fresh.load_state_dict(compiled.state_dict())
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - Error(s) in loading state_dict for Linear:

print(list(compiled._orig_mod.state_dict()))  # (2)!
#> ['weight', 'bias']

model2 = nn.Linear(2, 1)
model2.compile(backend="eager")  # (3)!
print(type(model2).__name__, list(model2.state_dict()))
#> Linear ['weight', 'bias']
fresh.load_state_dict(model2.state_dict())
print(torch.equal(fresh.weight, model2.weight))
#> True
