import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.arange(12.0, device=device).view(3, 4)
mask = x > 5

picked = x[mask]  # (1)!
print(picked.shape, picked.device == x.device)
#> torch.Size([6]) True

kept = torch.where(mask, x, 0.0)  # (2)!
print(kept.shape, kept.sum().item() == picked.sum().item())
#> torch.Size([3, 4]) True
print(x.masked_fill(~mask, 0.0).equal(kept))
#> True

idx = torch.tensor([2, 0])  # (3)!
print(x[idx.to(device)].tolist())
#> [[8.0, 9.0, 10.0, 11.0], [0.0, 1.0, 2.0, 3.0]]
