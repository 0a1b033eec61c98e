import torch


def f(x, n):
    y = x
    for _ in range(n):  # (1)!
        y = y * 2
    if y.sum() > 0:  # (2)!
        return y.pow(2).sum()
    return -y.sum()


def count_nodes(node):
    if node is None:
        return 0
    return 1 + sum(count_nodes(child) for child, _ in node.next_functions)


for start, n in [(1.0, 1), (1.0, 3), (-1.0, 3)]:
    x = torch.tensor([start, start], requires_grad=True)
    out = f(x, n)
    out.backward()
    print(start, n, out.grad_fn.name(), count_nodes(out.grad_fn), x.grad.tolist())
    #> 1.0 1 SumBackward0 4 [8.0, 8.0]
    #> 1.0 3 SumBackward0 6 [128.0, 128.0]
    #> -1.0 3 NegBackward0 6 [-8.0, -8.0]
