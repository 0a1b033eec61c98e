import torch
import torch.distributed as dist
from torch.func import grad, vmap


def loss(w, x, y):
    return (x @ w - y) ** 2


w = torch.tensor([1.0, -1.0])
xs = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])
ys = torch.tensor([0.0, -2.0, 1.0])
per_sample = vmap(grad(loss), in_dims=(None, 0, 0))(w, xs, ys)  # (1)!
print(per_sample)
#> tensor([[ 2.,  0.],
#>         [ 0.,  2.],
#>         [-2., -2.]])

compiled = torch.compile(loss, backend="eager")  # (2)!
print(torch.equal(compiled(w, xs, ys), loss(w, xs, ys)))
#> True
print(dist.is_available())  # (3)!
#> True
