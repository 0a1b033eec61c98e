import torch
from torch import nn
from torch._dynamo.utils import counters

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.compiler.reset()
counters.clear()
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2)).to(device)
compiled = torch.compile(model)  # (1)!
print(type(compiled).__name__, compiled._orig_mod is model)
#> OptimizedModule True
print(all(a is b for a, b in zip(compiled.parameters(), model.parameters())))
#> True

x = torch.randn(3, 4, device=device)
with torch.no_grad():
    print(torch.allclose(compiled(x), model(x), atol=1e-6))
    #> True
    model[2].bias.add_(1.0)  # (2)!
    print(torch.allclose(compiled(x), model(x), atol=1e-6))
    #> True
print(counters["stats"]["unique_graphs"])
#> 1
