import re

import torch

device = "cuda"
before = torch.cuda.memory_allocated(device)
ooms = torch.cuda.memory_stats(device).get("num_ooms", 0)

x = torch.ones(1024, 1024, device=device)
print(torch.cuda.memory_allocated(device) - before)  # (1)!

try:
    huge = torch.empty(2**50, dtype=torch.uint8, device=device)  # (2)!
except torch.cuda.OutOfMemoryError as e:
    print(type(e).__name__, str(e).split(". ")[0])
    print(isinstance(e, RuntimeError))
print(torch.cuda.memory_allocated(device) - before)

summary = torch.cuda.memory_summary(device, abbreviated=True)  # (3)!
print(summary.splitlines()[1].strip("| "))
print(re.search(r"CUDA OOMs: \d+", summary).group(0))
print(torch.cuda.memory_stats(device)["num_ooms"] - ooms)

del x
torch.cuda.empty_cache()  # (4)!
print(torch.cuda.memory_allocated(device) - before)
