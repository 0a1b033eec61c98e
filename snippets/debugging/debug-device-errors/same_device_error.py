import torch
from torch import nn

x = torch.ones(3)
y = torch.ones(3, device="meta")  # (1)!

for label, fn in [
    ("x + y", lambda: x + y),
    ("y + x", lambda: y + x),
    ("torch.cat", lambda: torch.cat([x, y])),
]:
    try:
        fn()
    except RuntimeError as e:
        print(label, "->", type(e).__name__, "-", str(e).splitlines()[0])
        #> x + y -> RuntimeError - Tensor on device meta is not on the expected device cpu!
        #> y + x -> RuntimeError - Tensor on device cpu is not on the expected device meta!
        #> torch.cat -> RuntimeError - Tensor on device meta is not on the expected device cpu!
