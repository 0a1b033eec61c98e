import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.tensor([1.0], device=device))
x = torch.tensor([2.0], device=device)
y = torch.tensor([6.0], device=device)
opt = torch.optim.SGD([w], lr=0.1)


def state():
    grad = None if w.grad is None else round(w.grad.item(), 4)
    return f"w={round(w.item(), 4)} grad={grad}"


print("start    ", state())
#> start     w=1.0 grad=None
opt.zero_grad()
print("zero_grad", state())
#> zero_grad w=1.0 grad=None
pred = w * x
print("forward  ", state(), type(pred.grad_fn).__name__)  # (1)!
#> forward   w=1.0 grad=None MulBackward0
loss = ((pred - y) ** 2).mean()
print("loss     ", state(), loss.item())
#> loss      w=1.0 grad=None 16.0
loss.backward()  # (2)!
print("backward ", state())
#> backward  w=1.0 grad=-16.0
opt.step()  # (3)!
print("step     ", state())
#> step      w=2.6 grad=-16.0
