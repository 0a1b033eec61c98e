import torch
from torch.func import vmap


def dot(a, b):
    return (a * b).sum()


xs = torch.arange(12.0).reshape(4, 3)
w = torch.tensor([1.0, 0.0, -1.0])

batched = vmap(dot, in_dims=(0, None))(xs, w)  # (1)!
looped = torch.stack([dot(row, w) for row in xs])
print(batched, torch.equal(batched, looped))
#> tensor([-2., -2., -2., -2.]) True

pairwise = vmap(vmap(dot, in_dims=(None, 0)), in_dims=(0, None))(xs, xs)  # (2)!
print(pairwise.shape, torch.equal(pairwise, xs @ xs.T))
#> torch.Size([4, 4]) True

cols = vmap(lambda c: c.max(), in_dims=1)(xs)  # (3)!
print(cols)
#> tensor([ 9., 10., 11.])
