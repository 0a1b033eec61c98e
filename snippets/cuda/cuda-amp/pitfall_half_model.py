import torch
from torch import nn

model = nn.Linear(2, 2).half()  # (1)!
try:
    model(torch.ones(1, 2))
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mat1 and mat2 must have the same dtype, but got Float and Half

w16 = torch.ones(1, dtype=torch.float16)
w32 = torch.ones(1)
for _ in range(10):
    w16 -= 1e-4  # (2)!
    w32 -= 1e-4
print(w16.item(), round(w32.item(), 4))
#> 1.0 0.999
print(torch.finfo(torch.float16).eps)  # (3)!
#> 0.0009765625
