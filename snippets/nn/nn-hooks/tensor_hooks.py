import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.register_hook(lambda grad: print("grad of y:", grad.tolist()))  # (1)!
#> grad of y: [4.0, 8.0, 12.0]
handle = x.register_hook(lambda grad: grad * 10)  # (2)!

(y**2).sum().backward()
print("x.grad:", x.grad.tolist())
#> x.grad: [80.0, 160.0, 240.0]

handle.remove()
x.grad = None
(x * 2).pow(2).sum().backward()
print("x.grad:", x.grad.tolist())
#> x.grad: [8.0, 16.0, 24.0]
