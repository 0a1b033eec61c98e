import torch

a = torch.ones(2, 3, device="cpu", requires_grad=True)
b = a * 2
first, second = b.unbind(0)
try:
    first.add_(1)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Output 0 of Unbind is a view and is being modified inplace. This view is the output of a function that returns multiple views. Such functions do not allow the output views to be modified inplace. You should replace the inplace operation by an out-of-place one.

with torch.no_grad():
    head = b[:, :2]
try:
    head.mul_(2)  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - A view was created in no_grad mode and is being modified inplace with grad mode enabled. Given that this use case is ambiguous and error-prone, it is forbidden. You can clarify your code by moving both the view and the inplace either both inside the no_grad block (if you don't want the inplace to be tracked) or both outside (if you want the inplace to be tracked).

grid = torch.zeros(1, 3, device="cpu").expand(2, 3)
try:
    grid.add_(1)  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - unsupported operation: more than one element of the written-to tensor refers to a single memory location. Please clone() the tensor before performing the operation.

c = b.clone()
c[0] += 1  # (4)!
c.sum().backward()
print(a.grad.tolist())
#> [[2.0, 2.0, 2.0], [2.0, 2.0, 2.0]]
