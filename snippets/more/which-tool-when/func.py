import torch
from torch.func import grad, vmap


def loss(w, x):
    return (w * x).sum() ** 2


w = torch.tensor([1.0, 2.0])
xs = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0]])

print(grad(loss)(w, xs[0]).tolist())  # (1)!
#> [2.0, 0.0]
per_sample = vmap(grad(loss), in_dims=(None, 0))(w, xs)  # (2)!
print(tuple(per_sample.shape), per_sample.tolist())
#> (3, 2) [[2.0, 0.0], [0.0, 4.0], [6.0, 6.0]]
