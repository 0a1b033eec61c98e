import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
c = x.clone()
print(c.is_leaf, type(c.grad_fn).__name__)
#> False CloneBackward0
print(type(c.grad_fn.next_functions[0][0]).__name__)  # (1)!
#> AccumulateGrad

(c * 2).sum().backward()
print(x.grad.tolist())
#> [2.0, 2.0, 2.0]

x.grad = None
(x * x).sum().backward()
print(x.grad.tolist())
#> [2.0, 4.0, 6.0]

x.grad = None
(x * x.detach()).sum().backward()  # (2)!
print(x.grad.tolist())
#> [1.0, 2.0, 3.0]

try:
    (x.detach() * 2).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn
