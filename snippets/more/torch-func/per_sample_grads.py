import torch
from torch import nn
from torch.func import functional_call, grad, vmap

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 1)).to(device)
xs = torch.randn(5, 4, device=device)
ys = torch.randn(5, 1, device=device)

params = {k: v.detach() for k, v in model.named_parameters()}  # (1)!


def sample_loss(p, x, y):
    out = functional_call(model, p, (x.unsqueeze(0),))  # (2)!
    return nn.functional.mse_loss(out, y.unsqueeze(0))


per_sample = vmap(grad(sample_loss), in_dims=(None, 0, 0))(params, xs, ys)  # (3)!
print({k: tuple(v.shape) for k, v in per_sample.items()})
#> {'0.weight': (5, 8, 4), '0.bias': (5, 8), '2.weight': (5, 1, 8), '2.bias': (5, 1)}

model.zero_grad()
nn.functional.mse_loss(model(xs[2:3]), ys[2:3]).backward()  # (4)!
print(torch.allclose(per_sample["0.weight"][2], model[0].weight.grad, atol=1e-5))
#> True

mean_grad = per_sample["2.bias"].mean(0)
model.zero_grad()
nn.functional.mse_loss(model(xs), ys).backward()
print(torch.allclose(mean_grad, model[2].bias.grad, atol=1e-5))
#> True
