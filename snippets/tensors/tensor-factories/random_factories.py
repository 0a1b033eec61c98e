import torch

torch.manual_seed(0)
u = torch.rand(1_000_000)
n = torch.randn(1_000_000)
print(u.min().item() >= 0.0, u.max().item() < 1.0)  # (1)!
#> True True
print(abs(u.mean().item() - 0.5) < 0.01)
#> True
print(abs(n.mean().item()) < 0.01, abs(n.std().item() - 1.0) < 0.01)
#> True True

k = torch.randint(0, 10, (10_000,))  # (2)!
print(k.dtype, k.unique().tolist())
#> torch.int64 [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(sorted(torch.randperm(5).tolist()))
#> [0, 1, 2, 3, 4]

scaled = 3.0 + 0.5 * torch.randn(1_000_000)  # (3)!
print(abs(scaled.mean().item() - 3.0) < 0.01, abs(scaled.std().item() - 0.5) < 0.01)
#> True True
box = torch.empty(100_000).uniform_(-2.0, 2.0)
print(box.min().item() >= -2.0, box.max().item() < 2.0)
#> True True

torch.manual_seed(42)
first = torch.randn(3)
torch.manual_seed(42)  # (4)!
second = torch.randn(3)
print(torch.equal(first, second))
#> True
