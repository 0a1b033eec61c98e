import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
makers = {
    "SGD": lambda ps: torch.optim.SGD(ps, lr=0.1),
    "SGD+momentum": lambda ps: torch.optim.SGD(ps, lr=0.1, momentum=0.9),
    "Adam": lambda ps: torch.optim.Adam(ps, lr=0.1),
}
for name, make in makers.items():
    w = torch.nn.Parameter(torch.zeros(1000, device=device))
    opt = make([w])
    before = len(opt.state)  # (1)!
    w.sum().backward()
    opt.step()
    state = opt.state[w]
    extra = sum(v.numel() for k, v in state.items() if k != "step")
    print(f"{name:<13} {before} {sorted(state)} {extra / w.numel()}")  # (2)!
    #> SGD           0 [] 0.0
    #> SGD+momentum  0 ['momentum_buffer'] 1.0
    #> Adam          0 ['exp_avg', 'exp_avg_sq', 'step'] 2.0

print(opt.state[w]["step"].item(), opt.state[w]["exp_avg"].shape)
#> 1.0 torch.Size([1000])
saved = opt.state_dict()
print(list(saved), saved["param_groups"][0]["params"])  # (3)!
#> ['state', 'param_groups'] [0]
