import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.tensor([1.0, 2.0], device=device))
opt = torch.optim.SGD([w], lr=0.1)

h = w * 3.0
loss_a = (h**2).sum()
loss_b = (h * w).sum()  # (1)!
opt.zero_grad()
loss_a.backward(retain_graph=True)
opt.step()  # (2)!
try:
    loss_b.backward()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(":")[0])
    #> RuntimeError - one of the variables needed for gradient computation has been modified by an inplace operation

w = torch.nn.Parameter(torch.tensor([1.0, 2.0], device=device))
opt = torch.optim.SGD([w], lr=0.1)
h = w * 3.0
loss_a = (h**2).sum()
loss_b = (h * w).sum()
opt.zero_grad()
(loss_a + loss_b).backward()  # (3)!
print(w.grad.tolist())
#> [24.0, 48.0]
opt.step()
print([round(v, 4) for v in w.tolist()])
#> [-1.4, -2.8]
