import contextlib
import io
from collections import Counter

import torch
from torch.overrides import TorchFunctionMode

WAITS = {"item", "tolist", "numpy", "cpu", "nonzero"}
WAITS |= {"__bool__", "__float__", "__repr__"}


class CountHostWaits(TorchFunctionMode):  # (1)!
    def __init__(self):
        super().__init__()
        self.counts = Counter()

    def __torch_function__(self, func, types, args=(), kwargs=None):
        name = getattr(func, "__name__", "")
        if name in WAITS:
            self.counts[name] += 1
        return func(*args, **(kwargs or {}))


device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(6.0, device=device)

with CountHostWaits() as spy, contextlib.redirect_stdout(io.StringIO()):
    y = (x * 2).sum()  # (2)!
    z = torch.where(x > 2, x, 0.0)
    y.item()  # (3)!
    x.tolist()
    x.cpu()
    if y > 0:
        pass
    float(y)
    print(x)
    x.nonzero()
print(dict(spy.counts))
#> {'item': 1, 'tolist': 1, 'cpu': 1, '__bool__': 1, '__float__': 1, '__repr__': 1, 'nonzero': 1}
