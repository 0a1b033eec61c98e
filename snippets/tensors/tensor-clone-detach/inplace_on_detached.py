import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()  # (1)!
alias = y.detach()
alias.zero_()
print(y.tolist())
#> [0.0, 0.0]

try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(":")[0])
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation

y = x.exp()
copy = y.detach().clone()
copy.zero_()
y.sum().backward()
print([round(v, 4) for v in y.tolist()])
#> [1.0, 2.7183]
print([round(g, 4) for g in x.grad.tolist()])
#> [1.0, 2.7183]
