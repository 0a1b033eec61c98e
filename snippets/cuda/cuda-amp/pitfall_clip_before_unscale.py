import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(4, 1)
x = torch.randn(16, 4)
y = 10 * torch.randn(16, 1)
scale = 65536.0  # (1)!


def clipped_grad_norm(unscale_first):
    model.zero_grad()
    (nn.functional.mse_loss(model(x), y) * scale).backward()
    params = list(model.parameters())
    if unscale_first:
        for p in params:
            p.grad /= scale
    nn.utils.clip_grad_norm_(params, max_norm=1.0)  # (2)!
    if not unscale_first:
        for p in params:
            p.grad /= scale
    return torch.linalg.vector_norm(torch.cat([p.grad.flatten() for p in params]))


print(f"{clipped_grad_norm(unscale_first=False).item():.2e}")  # (3)!
#> 1.53e-05
print(f"{clipped_grad_norm(unscale_first=True).item():.2e}")
#> 1.00e+00
