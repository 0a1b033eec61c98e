import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
(dy,) = torch.autograd.grad((x**3).sum(), x, create_graph=True)  # (1)!
print(dy.tolist(), type(dy.grad_fn).__name__)
#> [3.0, 12.0, 27.0] MulBackward0
(d2y,) = torch.autograd.grad(dy.sum(), x)
print(d2y.tolist())
#> [6.0, 12.0, 18.0]

w = torch.tensor([1.0, -1.0], requires_grad=True)
inp = torch.tensor([0.5, 2.0], requires_grad=True)
out = (w * inp).pow(2).sum()
(g_inp,) = torch.autograd.grad(out, inp, create_graph=True)
penalty = g_inp.pow(2).sum()  # (2)!
penalty.backward()
print(g_inp.tolist(), penalty.item(), w.grad.tolist())  # (3)!
#> [1.0, 4.0] 17.0 [4.0, -64.0]
