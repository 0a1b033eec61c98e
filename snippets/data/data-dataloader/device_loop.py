import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
train_ds = TensorDataset(torch.randn(64, 4), torch.randint(0, 3, (64,)))
g = torch.Generator().manual_seed(0)
train_loader = DataLoader(train_ds, batch_size=16, shuffle=True, generator=g)

model = nn.Linear(4, 3).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.CrossEntropyLoss()

model.train()
for xb, yb in train_loader:
    xb, yb = xb.to(device), yb.to(device)  # (1)!
    loss = loss_fn(model(xb), yb)
    optimizer.zero_grad()
    loss.backward()
    optimizer.step()
print(xb.device.type == device, yb.dtype, loss.dim())  # (2)!
#> True torch.int64 0
