import os

import torch

print(torch.get_default_dtype(), torch.is_grad_enabled())
#> torch.float32 True
print(torch.tensor([1 / 3]))
#> tensor([0.3333])
print(round(torch.rand(1).item(), 4))
#> 0.4963
print(os.path.exists("state.txt"), os.environ.get("WIKI_LEAK"))
#> False None
