import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
print(w.grad)  # (1)!
#> None

(w * 3).sum().backward()
print(w.grad.tolist())
#> [3.0, 3.0]
(w * 3).sum().backward()  # (2)!
print(w.grad.tolist())
#> [6.0, 6.0]

opt.zero_grad()  # (3)!
print(w.grad)
#> None

(w * w).sum().backward()
opt.zero_grad(set_to_none=False)  # (4)!
print(w.grad.tolist())
#> [0.0, 0.0]

unused = torch.tensor([0.0], requires_grad=True)
x = torch.tensor([5.0, 6.0])
(w * x).sum().backward()
print(x.grad, unused.grad)  # (5)!
#> None None
