import torch
from torch.utils.data import DataLoader, TensorDataset

device = "cuda"
data = TensorDataset(torch.arange(8.0).reshape(4, 2))
loader = DataLoader(data, batch_size=2, num_workers=2, pin_memory=True)
total = torch.zeros((), device=device)
for (x,) in loader:
    print(x.device.type, x.is_pinned())
    x = x.to(device, non_blocking=True)
    total += x.sum()
print(x.is_cuda, total.item())
