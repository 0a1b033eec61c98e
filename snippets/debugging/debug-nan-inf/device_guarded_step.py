import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Linear(4, 1).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
batches = [torch.ones(8, 4), torch.full((8, 4), float("nan")), torch.ones(8, 4)]

skipped = torch.zeros((), dtype=torch.long, device=device)
for inputs in batches:
    inputs = inputs.to(device)
    loss = model(inputs).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    norm = nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # (1)!
    finite = torch.isfinite(loss) & torch.isfinite(norm)
    if finite:  # (2)!
        opt.step()
    skipped += (~finite).long()

print(norm.device.type == torch.device(device).type, skipped.item())  # (3)!
#> True 1
print(all(torch.isfinite(p).all().item() for p in model.parameters()))
#> True
