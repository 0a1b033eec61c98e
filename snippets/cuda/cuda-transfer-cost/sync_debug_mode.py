import warnings

import torch

device = "cuda"
x = torch.arange(4.0, device=device)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.cuda.set_sync_debug_mode("warn")  # (1)!
    before = len(caught)
    y = (x * 2).sum()  # (2)!
    quiet = len(caught) == before
    value = y.item()  # (3)!
    torch.cuda.set_sync_debug_mode("default")
messages = [str(w.message) for w in caught[before:]]
print(quiet, value)
print(any(m.startswith("called a synchronizing CUDA operation") for m in messages))
