import warnings

import torch

device = "cuda"
x = torch.rand(100, device=device)
zeros = torch.zeros(3, device=device)
index = torch.tensor([0, 1, 1], device=device)
source = torch.ones(3, device=device)

torch.use_deterministic_algorithms(True)
for name, op in [
    ("index_add_", lambda: zeros.clone().index_add_(0, index, source)),
    ("histc", lambda: torch.histc(x, bins=4)),
    ("put_", lambda: zeros.clone().put_(index, source, accumulate=True)),
    ("mm", lambda: x.view(10, 10) @ x.view(10, 10)),
]:
    try:
        op()
        print(name, "ran")
    except RuntimeError as e:
        print(name, type(e).__name__, "deterministic implementation" in str(e))

torch.use_deterministic_algorithms(True, warn_only=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    counts = torch.histc(x, bins=4)
print(counts.sum().item(), len(caught) > 0)
torch.use_deterministic_algorithms(False)
