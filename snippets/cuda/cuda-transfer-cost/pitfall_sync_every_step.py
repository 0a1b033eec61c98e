from collections import Counter

import torch
from torch import nn
from torch.overrides import TorchFunctionMode

WAITS = {"item", "tolist", "numpy", "cpu", "nonzero"}
WAITS |= {"__bool__", "__float__", "__repr__"}


class CountHostWaits(TorchFunctionMode):
    def __init__(self):
        super().__init__()
        self.counts = Counter()

    def __torch_function__(self, func, types, args=(), kwargs=None):
        name = getattr(func, "__name__", "")
        if name in WAITS:
            self.counts[name] += 1
        return func(*args, **(kwargs or {}))


device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Linear(8, 1).to(device)
batches = [(torch.randn(16, 8), torch.randn(16, 1)) for _ in range(50)]

with torch.no_grad(), CountHostWaits() as slow:
    losses = []
    for inputs, targets in batches:
        inputs, targets = inputs.to(device), targets.to(device)
        loss = nn.functional.mse_loss(model(inputs), targets)
        losses.append(loss.item())  # (1)!
        if loss > 100:  # (2)!
            break
    slow_mean = sum(losses) / len(losses)

with torch.no_grad(), CountHostWaits() as fast:
    total = torch.zeros((), device=device)
    for inputs, targets in batches:
        inputs, targets = inputs.to(device), targets.to(device)
        total += nn.functional.mse_loss(model(inputs), targets)  # (3)!
    fast_mean = total.item() / len(batches)  # (4)!

print(dict(slow.counts), dict(fast.counts))
#> {'item': 50, '__bool__': 50} {'item': 1}
print(abs(slow_mean - fast_mean) < 1e-4)
#> True
