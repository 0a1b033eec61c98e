import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.tensor([0.0], device=device))
opt = torch.optim.LBFGS([w], lr=1.0)
calls = 0


def closure():
    global calls
    calls += 1
    opt.zero_grad()  # (1)!
    loss = ((w - 3.0) ** 2).sum()
    loss.backward()
    return loss


first_loss = opt.step(closure)  # (2)!
print(calls, round(first_loss.item(), 4), round(w.item(), 4))
#> 3 9.0 3.0

try:
    opt.step()
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - LBFGS.step() missing 1 required positional argument: 'closure'
