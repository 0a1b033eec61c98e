import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
g = torch.nn.Parameter(torch.tensor([1.0], device=device))
d = torch.nn.Parameter(torch.tensor([2.0], device=device))
opt_g = torch.optim.SGD([g], lr=0.1)
opt_d = torch.optim.SGD([d], lr=0.1)

opt_d.zero_grad()
loss_d = (g * d).sum()  # (1)!
loss_d.backward()
opt_d.step()
print(g.grad.tolist(), d.grad.tolist())
#> [2.0] [1.0]

loss_g = (g * g).sum()
loss_g.backward()  # (2)!
print(g.grad.tolist())
#> [4.0]

opt_g.zero_grad()  # (3)!
(g * g).sum().backward()
print(g.grad.tolist())
#> [2.0]

d.grad = torch.tensor([5.0], device=device)
both = torch.nn.ParameterList([g, d])
both.zero_grad()  # (4)!
print(g.grad, d.grad)
#> None None
