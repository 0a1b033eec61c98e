import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
index = torch.randint(0, 10, (10_000,), device=device)  # (1)!
source = torch.rand(10_000, device=device)

torch.use_deterministic_algorithms(True)
results = [
    torch.zeros(10, device=device).scatter_add_(0, index, source) for _ in range(3)
]
print(all(torch.equal(results[0], r) for r in results[1:]))  # (2)!
#> True
filled = torch.empty(2, device=device)
print(results[0].device.type == device, filled.isnan().all().item())
#> True True
torch.use_deterministic_algorithms(False)
