import torch
from torch import nn


def stale_saved_tensors(root):
    found, seen, stack = [], set(), [root]
    while stack:
        fn = stack.pop()
        if fn is None or fn in seen:
            continue
        seen.add(fn)
        for name in dir(fn):
            if name.startswith("_saved_"):
                try:
                    getattr(fn, name)  # (1)!
                except RuntimeError:
                    found.append(f"{fn.name()}.{name}")
        stack.extend(next_fn for next_fn, _ in fn.next_functions)
    return found


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4, device="cpu")
        self.fc2 = nn.Linear(4, 1, device="cpu")

    def forward(self, x):
        h = torch.tanh(self.fc1(x))
        h[:, 0] = 0.0  # (2)!
        return self.fc2(h)


torch.manual_seed(0)
loss = Net()(torch.randn(5, 3, device="cpu")).pow(2).mean()
print(stale_saved_tensors(loss.grad_fn))  # (3)!
#> ['TanhBackward0._saved_result']
