import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
x = torch.tensor([3.0, 4.0])
loss = ((w * x).sum() + b - 1.0) ** 2

names = {id(w): "w", id(b): "b"}


def show(node, depth=0, lines=None):
    lines = [] if lines is None else lines
    if node is None:  # (1)!
        lines.append("  " * depth + "None")
        return lines
    label = type(node).__name__
    if hasattr(node, "variable"):  # (2)!
        label += f" (leaf {names[id(node.variable)]})"
    lines.append("  " * depth + label)
    for child, _ in node.next_functions:
        show(child, depth + 1, lines)
    return lines


print("\n".join(show(loss.grad_fn)))
#> PowBackward0
#>   SubBackward0
#>     AddBackward0
#>       SumBackward0
#>         MulBackward0
#>           AccumulateGrad (leaf w)
#>           None
#>       AccumulateGrad (leaf b)
#>     None

print(loss.grad_fn._saved_self.item(), loss.grad_fn._saved_exponent)  # (3)!
#> 1.5 2
loss.backward()
try:
    loss.grad_fn._saved_self
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - Trying to backward through the graph a second time
