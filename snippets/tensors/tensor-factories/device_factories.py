import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.zeros(2, 3, device=device)  # (1)!
print(x.device.type)
#> cpu
w = torch.randn(3, device=device, requires_grad=True)
print(w.is_leaf, torch.ones_like(x).device == x.device)
#> True True

g = torch.Generator(device="cpu").manual_seed(0)
noise = torch.randn(4, generator=g, device="cpu").to(device)  # (2)!
print([round(v, 4) for v in noise.tolist()])
#> [1.541, -0.2934, -2.1788, 0.5684]
