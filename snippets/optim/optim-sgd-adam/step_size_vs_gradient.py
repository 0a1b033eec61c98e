import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def first_step(optimizer_class, scale):
    w = torch.nn.Parameter(torch.tensor([1.0, 1.0], device=device))
    opt = optimizer_class([w], lr=0.1)
    loss = (w * torch.tensor([scale, -scale], device=device)).sum()  # (1)!
    loss.backward()
    opt.step()
    return [round(v, 4) for v in (1.0 - w.detach()).tolist()]


for scale in [0.001, 1.0, 1000.0]:
    sgd = first_step(torch.optim.SGD, scale)
    adam = first_step(torch.optim.Adam, scale)
    print(f"{scale:<8} SGD {sgd!s:<18} Adam {adam}")
    #> 0.001    SGD [0.0001, -0.0001]  Adam [0.1, -0.1]
    #> 1.0      SGD [0.1, -0.1]        Adam [0.1, -0.1]
    #> 1000.0   SGD [100.0, -100.0]    Adam [0.1, -0.1]

w = torch.nn.Parameter(torch.tensor([3.0, -2.0], device=device))
opt = torch.optim.SGD([w], lr=0.1)
(w * w).sum().backward()
print(w.grad.tolist())
#> [6.0, -4.0]
expected = w.detach() - 0.1 * w.grad  # (2)!
opt.step()
print(torch.allclose(w.detach(), expected), [round(v, 4) for v in w.tolist()])
#> True [2.4, -1.6]
