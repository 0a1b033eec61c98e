import torch
from torch import nn
from torch.nn.modules.utils import consume_prefix_in_state_dict_if_present

model = nn.Linear(3, 2)
print(list(nn.DataParallel(model).state_dict()))  # (1)!
#> ['module.weight', 'module.bias']
print(list(torch.compile(model).state_dict()))
#> ['_orig_mod.weight', '_orig_mod.bias']

saved = nn.DataParallel(model).state_dict()
fresh = nn.Linear(3, 2)
try:
    fresh.load_state_dict(saved)
except RuntimeError as e:
    print(type(e).__name__)
    #> RuntimeError
    for line in str(e).splitlines():
        print(line.strip())
        #> Error(s) in loading state_dict for Linear:
        #> Missing key(s) in state_dict: "weight", "bias".
        #> Unexpected key(s) in state_dict: "module.weight", "module.bias".

fixed = {k.removeprefix("module."): v for k, v in saved.items()}  # (2)!
print(fresh.load_state_dict(fixed))
#> <All keys matched successfully>

consume_prefix_in_state_dict_if_present(saved, "module.")  # (3)!
print(list(saved), fresh.load_state_dict(saved))
#> ['weight', 'bias'] <All keys matched successfully>
