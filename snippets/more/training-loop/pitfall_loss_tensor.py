import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
model = nn.Linear(8, 1).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.01)
batches = [(torch.randn(16, 8), torch.randn(16, 1)) for _ in range(50)]


def graph_size(t):
    seen, stack = set(), [t.grad_fn]
    while stack:
        node = stack.pop()
        if node is None or node in seen:
            continue
        seen.add(node)
        stack.extend(fn for fn, _ in node.next_functions)
    return len(seen)


running = 0.0
for i, (xb, yb) in enumerate(batches, start=1):
    xb, yb = xb.to(device), yb.to(device)
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(xb), yb)
    loss.backward()
    optimizer.step()
    running += loss  # (1)!
    if i in (1, 10, 50):
        print(i, running.requires_grad, running.grad_fn.name(), graph_size(running))
        #> 1 True AddBackward0 6
        #> 10 True AddBackward0 42
        #> 50 True AddBackward0 202

running = 0.0
for xb, yb in batches:
    xb, yb = xb.to(device), yb.to(device)
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(xb), yb)
    loss.backward()
    optimizer.step()
    running += loss.item()  # (2)!
print(type(running).__name__)
#> float

running = torch.zeros((), device=device)
for xb, yb in batches:
    xb, yb = xb.to(device), yb.to(device)
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(xb), yb)
    loss.backward()
    optimizer.step()
    running += loss.detach()  # (3)!
print(running.requires_grad, running.grad_fn, type(running.item()).__name__)
#> False None float
