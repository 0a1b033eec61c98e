import torch

mode = torch.get_deterministic_debug_mode
print(torch.are_deterministic_algorithms_enabled())  # (1)!
#> False
print(torch.is_deterministic_algorithms_warn_only_enabled())
#> False
print(torch.backends.cudnn.deterministic, torch.backends.cudnn.benchmark)
#> False False
print(torch.utils.deterministic.fill_uninitialized_memory)
#> True

torch.use_deterministic_algorithms(True)
print(torch.are_deterministic_algorithms_enabled(), mode())
#> True 2
torch.use_deterministic_algorithms(True, warn_only=True)  # (2)!
print(torch.is_deterministic_algorithms_warn_only_enabled(), mode())
#> True 1
torch.use_deterministic_algorithms(False)  # (3)!
print(torch.are_deterministic_algorithms_enabled(), mode())
#> False 0
