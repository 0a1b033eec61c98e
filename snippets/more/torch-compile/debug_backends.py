import torch
from torch import nn

print("eager" in torch.compiler.list_backends(exclude_tags=None))  # (1)!
#> True
print("aot_eager" in torch.compiler.list_backends(exclude_tags=None))
#> True


def show_graph(gm, example_inputs):  # (2)!
    print([str(node.target) for node in gm.graph.nodes if node.op != "placeholder"])
    #> ['<built-in function mul>', 'relu', 'sum', 'output']
    return gm.forward


def f(x):
    return (x * 2).relu().sum()


torch.compiler.reset()
print(torch.compile(f, backend=show_graph)(torch.ones(3)).item())
#> 6.0

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
x = torch.randn(5, 4)
model(x).sum().backward()
reference = [p.grad.clone() for p in model.parameters()]
for backend in ("eager", "aot_eager"):  # (3)!
    torch.compiler.reset()
    model.zero_grad()
    torch.compile(model, backend=backend)(x).sum().backward()
    grads = [p.grad for p in model.parameters()]
    print(backend, all(torch.allclose(g, r) for g, r in zip(grads, reference)))
    #> eager True
    #> aot_eager True
