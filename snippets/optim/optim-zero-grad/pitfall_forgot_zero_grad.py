import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def minimise(reset_grads, steps=20):
    w = torch.nn.Parameter(torch.tensor(0.0, device=device))
    opt = torch.optim.SGD([w], lr=0.1)
    path = []
    for _ in range(steps):
        if reset_grads:
            opt.zero_grad()
        loss = (w - 3.0) ** 2  # (1)!
        loss.backward()
        opt.step()
        path.append(round(w.item(), 2))
    return path


print(minimise(reset_grads=True)[1::2])
#> [1.08, 1.77, 2.21, 2.5, 2.68, 2.79, 2.87, 2.92, 2.95, 2.97]
print(minimise(reset_grads=False)[1::2])  # (2)!
#> [1.68, 4.36, 6.01, 5.37, 2.93, 0.54, 0.02, 1.77, 4.45, 6.03]
