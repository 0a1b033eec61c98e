import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
data = TensorDataset(torch.randn(64, 3), torch.randint(0, 2, (64,)))
loader = DataLoader(
    data,
    batch_size=16,
    shuffle=True,
    num_workers=2,
    pin_memory=(device == "cuda"),  # (1)!
    persistent_workers=True,
)
model = nn.Linear(3, 2).to(device)
seen = 0
for epoch in range(2):
    for x, y in loader:
        x = x.to(device, non_blocking=True)  # (2)!
        y = y.to(device, non_blocking=True)
        loss = nn.functional.cross_entropy(model(x), y)
        seen += len(y)
print(seen, x.device.type == device, loss.device.type == device)
#> 128 True True
