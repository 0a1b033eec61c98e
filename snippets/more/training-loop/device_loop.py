import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"
use_cuda = device == "cuda"

g = torch.Generator().manual_seed(0)
x = torch.rand(256, 1, generator=g) * 2 - 1
dataset = TensorDataset(x, 3 * x + 0.5)
loader = DataLoader(
    dataset, batch_size=64, shuffle=True, generator=g, pin_memory=use_cuda
)  # (1)!

torch.manual_seed(0)
model = nn.Linear(1, 1).to(device)  # (2)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.2)

for epoch in range(1, 4):
    model.train()
    total = torch.zeros((), device=device)
    for xb, yb in loader:
        cpu_batch = xb
        xb = xb.to(device, non_blocking=True)  # (3)!
        yb = yb.to(device, non_blocking=True)
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.detach() * len(xb)  # (4)!
    print(epoch, round(total.item() / len(dataset), 3))  # (5)!
    #> 1 2.037
    #> 2 0.672
    #> 3 0.219

print(cpu_batch.is_pinned() == use_cuda, xb.device.type == device)
#> True True
print(next(model.parameters()).device.type == device, total.device.type == device)
#> True True
