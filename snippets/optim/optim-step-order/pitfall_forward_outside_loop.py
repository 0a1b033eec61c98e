import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([1.0, 2.0, 3.0], device=device)
y = torch.tensor([2.0, 4.0, 6.0], device=device)
w = torch.nn.Parameter(torch.tensor(0.0, device=device))
opt = torch.optim.SGD([w], lr=0.1)

loss = ((w * x - y) ** 2).mean()  # (1)!
try:
    for step in range(3):
        opt.zero_grad()
        loss.backward()
        opt.step()
except RuntimeError as e:
    print(step, type(e).__name__, "-", str(e).split(" (")[0])
    #> 1 RuntimeError - Trying to backward through the graph a second time

w = torch.nn.Parameter(torch.tensor(0.0, device=device))
opt = torch.optim.SGD([w], lr=0.1)
loss = ((w * x - y) ** 2).mean()
for step in range(3):
    opt.zero_grad()
    loss.backward(retain_graph=True)  # (2)!
    opt.step()
    print(step, round(w.item(), 4), round(loss.item(), 4))
    #> 0 1.8667 18.6667
    #> 1 3.7333 18.6667
    #> 2 5.6 18.6667
