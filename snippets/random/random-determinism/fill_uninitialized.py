import torch

torch.use_deterministic_algorithms(True)
print(torch.utils.deterministic.fill_uninitialized_memory)
#> True
print(torch.empty(3))  # (1)!
#> tensor([nan, nan, nan])
print(torch.empty(2, dtype=torch.int64))
#> tensor([9223372036854775807, 9223372036854775807])
print(torch.empty(0).resize_(2))  # (2)!
#> tensor([nan, nan])

torch.utils.deterministic.fill_uninitialized_memory = False  # (3)!
print(torch.empty(3).shape)
#> torch.Size([3])
torch.utils.deterministic.fill_uninitialized_memory = True
torch.use_deterministic_algorithms(False)
