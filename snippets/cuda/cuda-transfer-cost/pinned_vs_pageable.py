import torch

device = "cuda"
pageable = torch.randn(1024, 1024)
pinned = pageable.pin_memory()  # (1)!
print(pageable.is_pinned(), pinned.is_pinned())

on_gpu = pinned.to(device, non_blocking=True)  # (2)!
doubled = on_gpu * 2  # (3)!
print(torch.equal(doubled.cpu(), pageable * 2))

pre = torch.empty(1024, 1024, pin_memory=True)  # (4)!
print(pre.is_pinned())
