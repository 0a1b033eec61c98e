import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
big = torch.full((1_000_000,), 0.1, device=device)
total = big.sum()  # (1)!
print(total.dtype, torch.allclose(total, torch.tensor(100_000.0, device=device)))
#> torch.float32 True
print(round(big.sum(dtype=torch.float64).item(), 2))  # (2)!
#> 100000.0

scores = torch.tensor([[0.5, 0.9, 0.9], [0.3, 0.3, 0.1]], device=device)
print(scores.argmax(dim=1).tolist())  # (3)!
#> [1, 0]

running = torch.zeros((), device=device)
for _ in range(3):
    running += scores.sum()  # (4)!
print(round(running.item(), 4))
#> 9.0
