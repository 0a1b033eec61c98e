import torch

x = torch.tensor([3.0, 2.0], requires_grad=True)
y = x[0] ** 2 * x[1]
y.backward()
print(x.grad, y.grad_fn.name(), x.is_leaf)  # (1)!
#> tensor([12.,  9.]) MulBackward0 True

y = x[0] ** 2 * x[1]
y.backward()
print(x.grad)  # (2)!
#> tensor([24., 18.])

x.grad = None
with torch.no_grad():
    z = x * 2
print(z.requires_grad, x.detach().requires_grad, x.requires_grad)  # (3)!
#> False False True
