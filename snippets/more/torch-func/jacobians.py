import torch
from torch.func import hessian, jacfwd, jacrev


def f(x):
    return torch.stack([x[0] * x[1], x[0] ** 2 + 3 * x[1]])


x = torch.tensor([2.0, 5.0])
jr = jacrev(f)(x)  # (1)!
jf = jacfwd(f)(x)
print(jr)
#> tensor([[5., 2.],
#>         [4., 3.]])
print(torch.allclose(jr, jf))
#> True


def g(x):
    return x[0] ** 2 * x[1] + x[1] ** 3


print(hessian(g)(x))  # (2)!
#> tensor([[10.,  4.],
#>         [ 4., 30.]])
print(torch.equal(hessian(g)(x), jacfwd(jacrev(g))(x)))
#> True
