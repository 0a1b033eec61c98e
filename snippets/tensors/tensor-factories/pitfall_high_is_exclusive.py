import torch

torch.manual_seed(0)
rolls = torch.randint(1, 6, (10_000,))  # (1)!
print(rolls.unique().tolist())
#> [1, 2, 3, 4, 5]

rolls = torch.randint(1, 7, (10_000,))
print(rolls.unique().tolist())
#> [1, 2, 3, 4, 5, 6]

print(torch.arange(1, 6).tolist())
#> [1, 2, 3, 4, 5]
