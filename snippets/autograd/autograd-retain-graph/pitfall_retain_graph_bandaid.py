import torch


def graph_size(t):
    todo, seen = [t.grad_fn], set()
    while todo:
        node = todo.pop()
        if node is not None and node not in seen:
            seen.add(node)
            todo += [nxt for nxt, _ in node.next_functions]
    return len(seen)


W = torch.tensor([[0.5, -0.2], [0.1, 0.3]], requires_grad=True)
opt = torch.optim.SGD([W], lr=0.1)
h = torch.zeros(2)
for step in range(3):
    h = torch.tanh(W @ h + 1)
    loss = h.sum()
    opt.zero_grad()
    try:
        loss.backward(retain_graph=True)  # (1)!
    except RuntimeError as e:
        print(step, graph_size(loss), type(e).__name__, "-", str(e).split(":")[0])
        #> 2 11 RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation
        break
    opt.step()
    print(step, graph_size(loss), "ok")
    #> 0 5 ok
    #> 1 8 ok

W = torch.tensor([[0.5, -0.2], [0.1, 0.3]], requires_grad=True)
opt = torch.optim.SGD([W], lr=0.1)
h = torch.zeros(2)
for step in range(3):
    h = torch.tanh(W @ h.detach() + 1)  # (2)!
    loss = h.sum()
    opt.zero_grad()
    loss.backward()
    opt.step()
    print(step, graph_size(loss), "ok")
    #> 0 5 ok
    #> 1 5 ok
    #> 2 5 ok
