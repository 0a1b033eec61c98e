import torch

w = torch.tensor([1.0, -2.0], requires_grad=True)
x = torch.tensor([3.0, 1.0])
opt = torch.optim.SGD([w], lr=0.1)

penalty = w.pow(2).sum()  # (1)!
for step in range(3):
    loss = (w * x).sum() + 0.01 * penalty
    opt.zero_grad()
    try:
        loss.backward()
    except RuntimeError as e:
        print(step, type(e).__name__, "-", str(e).split(" (")[0])
        #> 1 RuntimeError - Trying to backward through the graph a second time
        break
    opt.step()
    print(step, "ok")
    #> 0 ok

w = torch.tensor([1.0, -2.0], requires_grad=True)
opt = torch.optim.SGD([w], lr=0.1)
for _ in range(3):
    loss = (w * x).sum() + 0.01 * w.pow(2).sum()  # (2)!
    opt.zero_grad()
    loss.backward()
    opt.step()
print([round(v, 4) for v in w.tolist()])
#> [0.0958, -2.2874]
