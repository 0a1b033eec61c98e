import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([1.0, 2.0, 3.0], device=device)
y = torch.tensor([2.0, 4.0, 6.0], device=device)


def train(zero_grad_first):
    w = torch.nn.Parameter(torch.tensor(0.0, device=device))
    opt = torch.optim.SGD([w], lr=0.05)
    for _ in range(5):
        if zero_grad_first:
            opt.zero_grad()  # (1)!
        loss = ((w * x - y) ** 2).mean()
        loss.backward()
        opt.step()
        if not zero_grad_first:
            opt.zero_grad()  # (2)!
    return w.detach()


a, b = train(zero_grad_first=True), train(zero_grad_first=False)
print(torch.equal(a, b), round(a.item(), 4))
#> True 1.9137
