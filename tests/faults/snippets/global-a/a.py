import os
import random

import numpy as np
import torch

torch.set_default_dtype(torch.float64)
torch.set_printoptions(precision=1)
torch.manual_seed(123)
random.seed(123)
np.random.seed(123)
torch.set_grad_enabled(False)
os.environ["WIKI_LEAK"] = "1"
with open("state.txt", "w") as f:
    f.write("left behind")
print(torch.tensor([1 / 3]))
#> tensor([0.3])
