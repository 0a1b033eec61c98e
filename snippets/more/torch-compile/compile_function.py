import torch
from torch._dynamo.utils import counters

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.compiler.reset()
counters.clear()


def gelu_tanh(x):
    return 0.5 * x * (1 + torch.tanh(0.7978845608 * (x + 0.044715 * x**3)))


compiled = torch.compile(gelu_tanh)  # (1)!
torch.manual_seed(0)
x = torch.randn(1000, device=device)
out = compiled(x)  # (2)!
print(torch.allclose(out, gelu_tanh(x), atol=1e-6), out.shape, out.dtype)
#> True torch.Size([1000]) torch.float32
print(out.device.type == device)
#> True
print(counters["stats"]["unique_graphs"])
#> 1
out = compiled(torch.randn(1000, device=device))  # (3)!
print(counters["stats"]["unique_graphs"])
#> 1
