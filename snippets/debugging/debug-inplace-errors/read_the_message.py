import torch

x = torch.tensor([0.0, 1.0, 2.0], device="cpu", requires_grad=True)  # (1)!
y = x.exp()
y += 1  # (2)!
try:
    y.sum().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation: [torch.FloatTensor [3]], which is output 0 of Exp, is at version 1; expected version 0 instead. Hint: enable anomaly detection to find the operation that failed to compute its gradient, with torch.autograd.set_detect_anomaly(True, check_nan=False).

saved_by = y.grad_fn.next_functions[0][0]  # (3)!
print(y.grad_fn.name(), saved_by.name(), y._version)
#> AddBackward0 ExpBackward0 1
