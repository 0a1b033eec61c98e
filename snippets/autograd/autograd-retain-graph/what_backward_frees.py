import torch

x = torch.tensor([0.0, 1.0], requires_grad=True)
y = x.exp()
loss = y.sum()
print(type(y.grad_fn).__name__, torch.equal(y.grad_fn._saved_result, y))  # (1)!
#> ExpBackward0 True

loss.backward()
print(type(y.grad_fn).__name__, loss.grad_fn is not None)  # (2)!
#> ExpBackward0 True
try:
    y.grad_fn._saved_result
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - Trying to backward through the graph a second time

x.grad = None
total = (x + 1).sum()  # (3)!
total.backward()
total.backward()
print(x.grad.tolist())
#> [2.0, 2.0]
