import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
errors = (x - 2) ** 2
try:
    errors.backward()  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - grad can be implicitly created only for scalar outputs

errors.sum().backward()
print(x.grad.tolist())
#> [-2.0, 0.0, 2.0, 4.0]
x.grad = None
((x - 2) ** 2).mean().backward()  # (2)!
print(x.grad.tolist())
#> [-0.5, 0.0, 0.5, 1.0]

one = torch.tensor([3.0], requires_grad=True)
(one**2).backward()  # (3)!
print(one.grad.tolist())
#> [6.0]
