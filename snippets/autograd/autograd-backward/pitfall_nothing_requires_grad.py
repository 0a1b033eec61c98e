import torch

w = torch.tensor([1.0, -1.0])  # (1)!
x = torch.tensor([2.0, 3.0])
try:
    (w * x).sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn

w.requires_grad_()
with torch.no_grad():  # (2)!
    loss = (w * x).sum()
print(loss.requires_grad, loss.grad_fn)
#> False None
try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn
