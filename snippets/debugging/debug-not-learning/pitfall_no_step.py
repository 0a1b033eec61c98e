import warnings

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = x @ torch.tensor([[2.0], [-3.0]]) + 1.0
x, y = x.to(device), y.to(device)


def train(call_step, steps=40):
    torch.manual_seed(0)
    model = nn.Linear(2, 1).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=30)
    curve = []
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), y)
        loss.backward()
        if call_step:
            optimizer.step()  # (1)!
        scheduler.step()
        curve.append(round(loss.item(), 3))
    grad_norm = model.weight.grad.norm().item()
    return curve[::10] + curve[-1:], round(grad_norm, 3)


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("broken", train(call_step=False))  # (2)!
    #> broken ([16.769, 16.769, 16.769, 16.769, 16.769], 7.798)
    print("fixed ", train(call_step=True))
    #> fixed  ([16.769, 0.349, 0.011, 0.0, 0.0], 0.028)
for w in caught:
    print(w.category.__name__, "-", str(w.message).split(". ")[0])
    #> UserWarning - Detected call of `lr_scheduler.step()` before `optimizer.step()`
