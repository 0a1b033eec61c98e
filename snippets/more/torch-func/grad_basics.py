import torch
from torch.func import grad


def f(x):
    return (x**3).sum()


x = torch.tensor([1.0, 2.0, 3.0])
df = grad(f)  # (1)!
print(df(x))
#> tensor([ 3., 12., 27.])

xr = x.clone().requires_grad_()
(g,) = torch.autograd.grad(f(xr), xr)  # (2)!
print(g, torch.equal(df(x), g))
#> tensor([ 3., 12., 27.]) True

d2f = grad(lambda t: grad(f)(t).sum())  # (3)!
print(d2f(x))
#> tensor([ 6., 12., 18.])


def loss(w, b, inp):
    return ((inp * w + b) ** 2).mean()


w, b = torch.tensor(2.0), torch.tensor(1.0)
gw, gb = grad(loss, argnums=(0, 1))(w, b, x)  # (4)!
print(gw, gb)
#> tensor(22.6667) tensor(10.)
