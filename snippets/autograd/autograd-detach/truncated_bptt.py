import torch

w = torch.tensor(0.5, requires_grad=True)
u = torch.tensor(0.9, requires_grad=True)
sequence = torch.linspace(-1.0, 1.0, steps=12)


def graph_size(node, seen=None):
    seen = set() if seen is None else seen
    if node is not None and node not in seen:
        seen.add(node)
        for child, _ in node.next_functions:
            graph_size(child, seen)
    return len(seen)


h = torch.zeros(())
for chunk in sequence.split(4):
    h = h.detach()  # (1)!
    for x_t in chunk:
        h = torch.tanh(w * x_t + u * h)
    loss = h**2
    loss.backward()  # (2)!
    print(graph_size(loss.grad_fn))
    #> 19
    #> 19
    #> 19
