import torch

print(torch.tensor(16_777_217.0).item())  # (1)!
#> 16777216.0
print(torch.tensor(0.1).item(), torch.tensor(0.1, dtype=torch.float64).item())
#> 0.10000000149011612 0.1

print(torch.tensor(2049.0).half().item(), torch.tensor(70_000.0).half().item())  # (2)!
#> 2048.0 inf
print(torch.tensor(257.0).bfloat16().item(), torch.tensor(70_000.0).bfloat16().item())
#> 256.0 70144.0
print(torch.tensor(1e-8).half().item(), torch.tensor(1e-8).bfloat16().item() > 0)
#> 0.0 True

big = torch.full((100,), 1000.0, dtype=torch.float16)
print(big.sum().item(), big.sum(dtype=torch.float32).item())  # (3)!
#> inf 100000.0
print((big * big).isinf().all().item())
#> True
