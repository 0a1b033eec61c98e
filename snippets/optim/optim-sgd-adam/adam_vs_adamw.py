import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def decay_only(make_opt, steps=3):
    w = torch.nn.Parameter(torch.tensor([1.0, 100.0], device=device))
    opt = make_opt([w])
    for _ in range(steps):
        opt.zero_grad()
        (w * 0).sum().backward()  # (1)!
        opt.step()
    return [round(v, 4) for v in w.tolist()]


makers = {
    "Adam": lambda ps: torch.optim.Adam(ps, lr=0.1, weight_decay=0.1),  # (2)!
    "AdamW": lambda ps: torch.optim.AdamW(ps, lr=0.1, weight_decay=0.1),  # (3)!
    "Adam(decoupled)": lambda ps: torch.optim.Adam(
        ps, lr=0.1, weight_decay=0.1, decoupled_weight_decay=True
    ),
}
for name, make in makers.items():
    print(f"{name:<16} {decay_only(make)}")
    #> Adam             [0.7016, 99.7]
    #> AdamW            [0.9703, 97.0299]
    #> Adam(decoupled)  [0.9703, 97.0299]

print(torch.optim.AdamW([torch.nn.Parameter(torch.ones(1))]).defaults["weight_decay"])
#> 0.01
