import torch

w = torch.tensor([1.0, 2.0], device="cpu", requires_grad=True)  # (1)!
snapshot = w.detach().numpy()
safe = w.detach().numpy().copy()
with torch.no_grad():
    w -= 0.5  # (2)!
print(w.tolist(), snapshot.tolist(), safe.tolist())
#> [0.5, 1.5] [0.5, 1.5] [1.0, 2.0]
