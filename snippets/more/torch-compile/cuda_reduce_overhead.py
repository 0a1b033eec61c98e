import torch

device = "cuda"


def f(x):
    return torch.sin(x) + 1


compiled = torch.compile(f, mode="reduce-overhead")
x = torch.randn(64, device=device)
for _ in range(3):
    out = compiled(x).clone()
print(torch.allclose(out, f(x), atol=1e-6), out.device.type == device)
