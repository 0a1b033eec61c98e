import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(3, 1).to(device)
x = torch.ones(4, 3, device=device)
y = torch.zeros(4, 1, device=device)

total = 0
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    total += loss  # (1)!
print(type(total).__name__, total.requires_grad, total.grad_fn is not None)
#> Tensor True True

total = 0.0
for _ in range(3):
    loss = nn.functional.mse_loss(model(x), y)
    total += loss.item()  # (2)!
print(type(total).__name__)
#> float
