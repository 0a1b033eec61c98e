import torch
from torch.func import vmap

xs = torch.arange(12.0).reshape(4, 3)


def stats_inplace(x):
    out = torch.zeros(2)
    out[0] = x.sum()  # (1)!
    out[1] = x.max()
    return out


def stats_item(x):
    return torch.tensor([x.sum().item(), x.max().item()])  # (2)!


for fn in (stats_inplace, stats_item):
    try:
        vmap(fn)(xs)
    except RuntimeError as e:
        msg = str(e).split(" because ")[0].split(". ")[0]
        print(fn.__name__, type(e).__name__)
        #> stats_inplace RuntimeError
        #> stats_item RuntimeError
        print(msg)
        #> vmap: inplace arithmetic(self, *extra_args) is not possible
        #> vmap: It looks like you're calling .item() on a Tensor


def stats(x):
    return torch.stack([x.sum(), x.max()])  # (3)!


print(vmap(stats)(xs))
#> tensor([[ 3.,  2.],
#>         [12.,  5.],
#>         [21.,  8.],
#>         [30., 11.]])
