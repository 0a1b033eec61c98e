import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    w.grad.zero_()  # (1)!
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - 'NoneType' object has no attribute 'zero_'

for _ in range(2):
    if w.grad is not None:  # (2)!
        w.grad.zero_()
    (w * 3).sum().backward()
print(w.grad.tolist())
#> [3.0, 3.0]

w.grad = None  # (3)!
print(w.grad)
#> None
