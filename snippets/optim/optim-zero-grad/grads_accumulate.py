import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.tensor([1.0, 2.0], device=device))
opt = torch.optim.SGD([w], lr=0.1)
print(w.grad)  # (1)!
#> None

(w * w).sum().backward()
print(w.grad.tolist())
#> [2.0, 4.0]
(w * w).sum().backward()  # (2)!
print(w.grad.tolist())
#> [4.0, 8.0]

opt.zero_grad()  # (3)!
print(w.grad)
#> None
(w * w).sum().backward()
print(w.grad.tolist())
#> [2.0, 4.0]

old = w.grad
opt.zero_grad(set_to_none=False)  # (4)!
print(w.grad.tolist(), w.grad is old)
#> [0.0, 0.0] True
(w * w).sum().backward()
print(w.grad.tolist(), w.grad is old)
#> [2.0, 4.0] True
