import torch

x = torch.tensor([0.0, 1.0], device="cpu", requires_grad=True)
y = x.exp()
y.data.add_(1)  # (1)!
y.sum().backward()
print([round(v, 4) for v in x.grad.tolist()])
#> [2.0, 3.7183]
print([round(v, 4) for v in torch.exp(x.detach()).tolist()])
#> [1.0, 2.7183]

x.grad = None
y = x.exp()
y.detach().add_(1)  # (2)!
try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [2]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

x.grad = None
y = x.exp()
z = y.clone()  # (3)!
z.add_(1)
z.sum().backward()
print([round(v, 4) for v in x.grad.tolist()])
#> [1.0, 2.7183]
