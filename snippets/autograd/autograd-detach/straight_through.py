import torch

x = torch.tensor([0.2, 1.7, -0.6], requires_grad=True)
weights = torch.tensor([1.0, 2.0, 3.0])

hard = x.round()
(hard * weights).sum().backward()
print(hard.tolist(), x.grad.tolist())  # (1)!
#> [0.0, 2.0, -1.0] [0.0, 0.0, 0.0]

x.grad = None
ste = x + (x.round() - x).detach()  # (2)!
print(ste.tolist(), ste.grad_fn.name())
#> [0.0, 2.0, -1.0] AddBackward0
(ste * weights).sum().backward()
print(x.grad.tolist())
#> [1.0, 2.0, 3.0]
