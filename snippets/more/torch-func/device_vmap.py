import torch
from torch.func import grad, vmap

device = "cuda" if torch.cuda.is_available() else "cpu"


def f(x):
    return torch.sin(x).sum()


xs = torch.linspace(0, 3, 12, device=device).reshape(4, 3)
gs = vmap(grad(f))(xs)  # (1)!
print(gs.device.type == device, gs.shape)
#> True torch.Size([4, 3])
print(torch.allclose(gs, torch.cos(xs)))
#> True
