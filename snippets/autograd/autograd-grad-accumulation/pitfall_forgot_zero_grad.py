import torch

for reset in (True, False):
    w = torch.tensor(0.0, requires_grad=True)
    opt = torch.optim.SGD([w], lr=0.25)
    path = []
    for _ in range(6):
        if reset:
            opt.zero_grad()  # (1)!
        loss = (w - 2.0) ** 2
        loss.backward()
        opt.step()
        path.append(round(w.item(), 3))
    print(reset, path)
    #> True [1.0, 1.5, 1.75, 1.875, 1.938, 1.969]
    #> False [1.0, 2.5, 3.75, 4.125, 3.438, 2.031]
