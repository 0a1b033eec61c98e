import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x**2
y.backward(gradient=torch.ones_like(y))  # (1)!
print(x.grad.tolist())
#> [2.0, 4.0, 6.0]

x.grad = None
y = x**2
y.backward(gradient=torch.tensor([1.0, 0.0, 0.5]))  # (2)!
print(x.grad.tolist())
#> [2.0, 0.0, 3.0]

A = torch.tensor([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])
v = torch.tensor([1.0, 10.0])
x.grad = None
y = A @ x
y.backward(gradient=v)  # (3)!
print(x.grad.tolist(), (v @ A).tolist())
#> [1.0, 12.0, -10.0] [1.0, 12.0, -10.0]
