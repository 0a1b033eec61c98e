import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
x = torch.tensor([3.0, 4.0])
z = (w * x).sum() + b
loss = (z - 1) ** 2


def tree(node, depth=0):
    lines = ["  " * depth + type(node).__name__]
    for parent, _ in node.next_functions:
        if parent is not None:  # (1)!
            lines += tree(parent, depth + 1)
    return lines


print("\n".join(tree(loss.grad_fn)))
#> PowBackward0
#>   SubBackward0
#>     AddBackward0
#>       SumBackward0
#>         MulBackward0
#>           AccumulateGrad
#>       AccumulateGrad
print(w.is_leaf, z.is_leaf, loss.item())
#> True False 2.25

loss.backward()  # (2)!
print(w.grad.tolist(), b.grad.item())
#> [9.0, 12.0] 3.0
dz = 2 * (z.item() - 1)
print((dz * x).tolist(), dz)  # (3)!
#> [9.0, 12.0] 3.0
