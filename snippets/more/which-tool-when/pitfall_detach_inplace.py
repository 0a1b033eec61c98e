import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()
d = y.detach()
d.zero_()  # (1)!
print(y.tolist())
#> [0.0, 0.0]
try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "modified by an inplace operation" in str(e))
    #> RuntimeError True

x.grad = None
y = x.exp()
snap = y.detach().clone()  # (2)!
snap.zero_()
y.sum().backward()
print([round(g, 4) for g in x.grad.tolist()])
#> [1.0, 2.7183]
