import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)


def compute_loss():
    return (w.sum() * b) ** 2


grads = torch.autograd.grad(compute_loss(), [w, b])  # (1)!
print(type(grads).__name__, [g.tolist() for g in grads])
#> tuple [[-0.5, -0.5], 1.0]
print(w.grad, b.grad)
#> None None

grads = torch.autograd.grad(compute_loss(), [w, b])
print([g.tolist() for g in grads])  # (2)!
#> [[-0.5, -0.5], 1.0]

compute_loss().backward()
compute_loss().backward()  # (3)!
print(w.grad.tolist(), b.grad.item())
#> [-1.0, -1.0] 2.0

named = torch.autograd.grad(compute_loss(), {"w": w, "b": b})  # (4)!
print({name: g.tolist() for name, g in named.items()})
#> {'w': [-0.5, -0.5], 'b': 1.0}
