import torch

for set_to_none in (True, False):
    w = torch.tensor([1.0, 2.0], requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.1)
    kept, copied = [], []
    for step in range(3):
        opt.zero_grad(set_to_none=set_to_none)
        (w * (step + 1)).sum().backward()
        kept.append(w.grad)  # (1)!
        copied.append(w.grad.clone())  # (2)!
    print(set_to_none, [g[0].item() for g in kept], [g[0].item() for g in copied])
    #> True [1.0, 2.0, 3.0] [1.0, 2.0, 3.0]
    #> False [3.0, 3.0, 3.0] [1.0, 2.0, 3.0]

w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * 3).sum().backward()
g = w.grad
(w * 3).sum().backward()  # (3)!
print(g.tolist(), g is w.grad)
#> [6.0, 6.0] True
