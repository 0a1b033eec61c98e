import torch
import torch.nn.functional as F
from torch import nn

centers = torch.tensor([[2.0, 0.0], [-1.0, 1.7], [-1.0, -1.7]])
grid = torch.linspace(-0.8, 0.8, 3)
offsets = torch.cartesian_prod(grid, grid)
x = (centers[:, None, :] + offsets[None]).reshape(-1, 2)
y = torch.arange(3).repeat_interleave(len(offsets))
criterion = nn.CrossEntropyLoss()


def train(apply_softmax, steps=200):
    model = nn.Linear(2, 3)
    nn.init.zeros_(model.weight)
    nn.init.zeros_(model.bias)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    history, reached = [], None
    for step in range(1, steps + 1):
        logits = model(x)
        out = F.softmax(logits, dim=1) if apply_softmax else logits
        loss = criterion(out, y)  # (1)!
        optimizer.zero_grad()
        loss.backward()
        optimizer.step()
        true_loss = criterion(model(x), y).item()  # (2)!
        if reached is None and true_loss < 0.1:
            reached = step
        if step % 50 == 0:
            history.append(round(true_loss, 3))
    return history, reached, round(loss.item(), 3)


print("logits ", *train(apply_softmax=False))  # (3)!
#> logits  [0.143, 0.086, 0.063, 0.051] 82 0.051
print("softmax", *train(apply_softmax=True))
#> softmax [0.235, 0.134, 0.097, 0.077] 144 0.6
