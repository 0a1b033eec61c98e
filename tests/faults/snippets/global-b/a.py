import os
import random

import numpy as np
import torch

print(torch.get_default_dtype(), torch.is_grad_enabled())
#> torch.float32 True
print(torch.tensor([1 / 3]))
#> tensor([0.3333])
print(round(torch.rand(1).item(), 4), round(random.random(), 4), round(np.random.rand(), 4))
#> 0.4963 0.8444 0.5488
print(os.path.exists("state.txt"), os.environ.get("WIKI_LEAK"))
#> False None
