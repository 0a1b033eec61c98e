import torch

w = torch.tensor([1.0, 3.0, 3.0], requires_grad=True)
w.sum().backward()
print(w.grad.tolist())  # (1)!
#> [1.0, 1.0, 1.0]

w.grad = None
w.mean().backward()
print([round(g, 4) for g in w.grad.tolist()])
#> [0.3333, 0.3333, 0.3333]

w.grad = None
w.max(dim=0).values.backward()  # (2)!
print(w.grad.tolist())
#> [0.0, 1.0, 0.0]

w.grad = None
w.amax(dim=0).backward()
print(w.grad.tolist())
#> [0.0, 0.5, 0.5]
