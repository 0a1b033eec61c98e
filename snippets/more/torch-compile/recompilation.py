import torch
import torch._dynamo

graphs = []


def count_graphs(gm, example_inputs):  # (1)!
    graphs.append([type(a).__name__ for a in example_inputs])
    return gm.forward


def total(x):
    return (x * 2).sum()


for dynamic in (None, False, True):
    torch.compiler.reset()
    graphs.clear()
    compiled = torch.compile(total, backend=count_graphs, dynamic=dynamic)
    for n in (2, 3, 4, 5):
        compiled(torch.ones(n))
    print(f"dynamic={dynamic}: {len(graphs)} graphs {graphs}")  # (2)!
    #> dynamic=None: 2 graphs [['Tensor'], ['SymInt', 'Tensor']]
    #> dynamic=False: 4 graphs [['Tensor'], ['Tensor'], ['Tensor'], ['Tensor']]
    #> dynamic=True: 1 graphs [['SymInt', 'Tensor']]

torch.compiler.reset()
graphs.clear()
compiled = torch.compile(total, backend=count_graphs)
x = torch.ones(6)
torch._dynamo.mark_dynamic(x, 0)  # (3)!
compiled(x)
compiled(torch.ones(7))
print(len(graphs), graphs)
#> 1 [['SymInt', 'Tensor']]
