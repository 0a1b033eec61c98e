import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([1.0, 2.0, 3.0], device=device)
y = torch.tensor([2.0, 4.0, 6.0], device=device)


def correct(w, opt):
    opt.zero_grad()
    loss = ((w * x - y) ** 2).mean()
    loss.backward()
    opt.step()
    return loss


def zero_grad_too_late(w, opt):
    loss = ((w * x - y) ** 2).mean()
    loss.backward()
    opt.zero_grad()  # (1)!
    opt.step()
    return loss


def step_too_early(w, opt):
    opt.zero_grad()
    loss = ((w * x - y) ** 2).mean()
    opt.step()  # (2)!
    loss.backward()
    return loss


for train_step in [correct, zero_grad_too_late, step_too_early]:
    w = torch.nn.Parameter(torch.tensor(0.0, device=device))
    opt = torch.optim.SGD([w], lr=0.05)
    for _ in range(5):
        loss = train_step(w, opt)
    name = train_step.__name__
    print(f"{name:<18} w={round(w.item(), 4)} loss={round(loss.item(), 4)}")
    #> correct            w=1.9137 loss=0.1222
    #> zero_grad_too_late w=0.0 loss=18.6667
    #> step_too_early     w=0.0 loss=18.6667
