import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x**2
z = y.detach()  # (1)!
print(z.requires_grad, z.grad_fn, z.is_leaf)
#> False None True
print(y.requires_grad, y.grad_fn.name())
#> True PowBackward0
print(z.data_ptr() == y.data_ptr(), torch.equal(z, y))
#> True True

(y * y).sum().backward()  # (2)!
print(x.grad.tolist())
#> [4.0, 32.0]

x.grad = None
y = x**2
(y * y.detach()).sum().backward()  # (3)!
print(x.grad.tolist())
#> [2.0, 16.0]
