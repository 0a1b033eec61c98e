import torch

torch.use_deterministic_algorithms(True)
first = torch.rand(3)
second = torch.rand(3)
print(torch.equal(first, second))  # (1)!
#> False

torch.manual_seed(0)
first = torch.rand(3)
torch.manual_seed(0)
second = torch.rand(3)
print(torch.equal(first, second))  # (2)!
#> True
torch.use_deterministic_algorithms(False)
