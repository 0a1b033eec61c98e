import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
u = torch.tensor(5.0, requires_grad=True)

try:
    torch.autograd.grad((x**2).sum(), [x, u])  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - The differentiated Tensor at index 1 appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior.

gx, gu = torch.autograd.grad((x**2).sum(), [x, u], allow_unused=True)  # (2)!
print(gx.tolist(), gu)
#> [2.0, 4.0] None
gx, gu = torch.autograd.grad((x**2).sum(), [x, u], materialize_grads=True)  # (3)!
print(gx.tolist(), gu.item())
#> [2.0, 4.0] 0.0
