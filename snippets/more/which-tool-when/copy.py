import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 2

d = y.detach()  # (1)!
c = y.clone()  # (2)!
print(d.requires_grad, d.data_ptr() == y.data_ptr())
#> False True
print(c.requires_grad, type(c.grad_fn).__name__, c.data_ptr() == y.data_ptr())
#> True CloneBackward0 False

snap = y.detach().clone()  # (3)!
print(snap.requires_grad, snap.data_ptr() == y.data_ptr())
#> False False
