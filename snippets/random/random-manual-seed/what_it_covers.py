import random

import numpy as np
import torch

g = torch.manual_seed(0)
print(g is torch.default_generator, torch.initial_seed())  # (1)!
#> True 0


def draw():
    return torch.rand(3), random.random(), np.random.rand()


torch.manual_seed(0)
t1, r1, n1 = draw()
torch.manual_seed(0)
t2, r2, n2 = draw()
print(torch.equal(t1, t2), r1 == r2, n1 == n2)  # (2)!
#> True False False

torch.manual_seed(0)
random.seed(0)
np.random.seed(0)
t3, r3, n3 = draw()
print(torch.equal(t1, t3), round(r3, 4), round(float(n3), 4))  # (3)!
#> True 0.8444 0.5488
