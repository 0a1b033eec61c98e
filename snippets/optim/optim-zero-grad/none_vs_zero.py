import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def second_step(make_opt, set_to_none):
    a = torch.nn.Parameter(torch.tensor([1.0], device=device))
    b = torch.nn.Parameter(torch.tensor([1.0], device=device))
    opt = make_opt([a, b])
    (a + b).sum().backward()
    opt.step()
    first = round(b.item(), 4)
    opt.zero_grad(set_to_none=set_to_none)
    a.sum().backward()  # (1)!
    opt.step()
    return b.grad is None, first, round(b.item(), 4)


makers = {
    "Adam": lambda ps: torch.optim.Adam(ps, lr=0.1),
    "SGD": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9),
}
for name, make in makers.items():
    print(f"{name:<5} None ", second_step(make, set_to_none=True))  # (2)!
    #> Adam  None  (True, 0.9, 0.9)
    #> SGD   None  (True, 0.9, 0.9)
    print(f"{name:<5} zeros", second_step(make, set_to_none=False))  # (3)!
    #> Adam  zeros (False, 0.9, 0.833)
    #> SGD   zeros (False, 0.9, 0.81)
