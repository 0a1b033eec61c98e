import torch

prev_det = torch.are_deterministic_algorithms_enabled()
prev_warn = torch.is_deterministic_algorithms_warn_only_enabled()
prev_fill = torch.utils.deterministic.fill_uninitialized_memory
torch.use_deterministic_algorithms(True)
torch.utils.deterministic.fill_uninitialized_memory = True  # (1)!
try:
    buf = torch.empty(5)
    buf[:3] = torch.tensor([1.0, 2.0, 3.0])  # (2)!
    print(buf.isnan().tolist(), buf.sum().isnan().item())
    #> [False, False, False, True, True] True

    acc = torch.empty(3)
    for _ in range(4):
        acc += torch.ones(3)  # (3)!
    print(acc.isnan().all().item())
    #> True

    print(torch.empty(2, dtype=torch.int32).tolist())  # (4)!
    #> [2147483647, 2147483647]

    ok = torch.zeros(3)
    for _ in range(4):
        ok += torch.ones(3)
    print(ok.tolist())
    #> [4.0, 4.0, 4.0]
finally:
    torch.use_deterministic_algorithms(prev_det, warn_only=prev_warn)
    torch.utils.deterministic.fill_uninitialized_memory = prev_fill

print(torch.are_deterministic_algorithms_enabled())
#> False
