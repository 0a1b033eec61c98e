import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3)).to(device)
print(sum(p.numel() for p in model.parameters()))  # (1)!
#> 67
print([tuple(p.shape) for p in model.parameters()])
#> [(8, 4), (8,), (3, 8), (3,)]

inputs = torch.randn(16, 4).to(device)
targets = torch.randint(0, 3, (16,)).to(device)
loss_fn = nn.CrossEntropyLoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.5)

losses = []
for _ in range(30):
    optimizer.zero_grad()  # (2)!
    loss = loss_fn(model(inputs), targets)
    loss.backward()
    optimizer.step()
    losses.append(loss.item())
print(len(losses), losses[-1] < losses[0])
#> 30 True

model.eval()  # (3)!
with torch.no_grad():
    pred = model(inputs).argmax(dim=1)
print(pred.shape, pred.dtype)
#> torch.Size([16]) torch.int64
