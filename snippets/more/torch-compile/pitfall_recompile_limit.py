import torch
import torch._dynamo

print(torch._dynamo.config.recompile_limit)
#> 8
graphs = []


def count_graphs(gm, example_inputs):
    graphs.append(len(example_inputs))
    return gm.forward


def total(x):
    return (x * 2).sum()


torch.compiler.reset()
compiled = torch.compile(total, backend=count_graphs, dynamic=False)  # (1)!
results = [compiled(torch.ones(n)).item() for n in range(1, 13)]
print(len(graphs), results[-1])  # (2)!
#> 8 24.0

torch.compiler.reset()
graphs.clear()
compiled = torch.compile(total, backend=count_graphs)
results = [compiled(torch.ones(n)).item() for n in range(1, 13)]
print(len(graphs), results[-1])
#> 2 24.0
