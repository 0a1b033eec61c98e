import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Sequential(nn.Linear(4, 8), nn.LayerNorm(8), nn.Linear(8, 2)).to(device)

decay, no_decay = [], []
for name, p in model.named_parameters():
    (decay if p.ndim >= 2 else no_decay).append(p)  # (1)!

opt = torch.optim.AdamW(
    [
        {"params": decay},
        {"params": no_decay, "weight_decay": 0.0},  # (2)!
    ],
    lr=1e-3,
    weight_decay=0.05,
)
for group in opt.param_groups:
    print(len(group["params"]), group["lr"], group["weight_decay"], group["betas"])
    #> 2 0.001 0.05 (0.9, 0.999)
    #> 4 0.001 0.0 (0.9, 0.999)

head = nn.Linear(2, 1).to(device)
opt.add_param_group({"params": head.parameters(), "lr": 1e-2})  # (3)!
print([g["lr"] for g in opt.param_groups])
#> [0.001, 0.001, 0.01]

for group in opt.param_groups:
    group["lr"] *= 0.5  # (4)!
print([g["lr"] for g in opt.param_groups])
#> [0.0005, 0.0005, 0.005]
