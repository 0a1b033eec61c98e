import torch
from torch import nn
from torch.utils.data import DataLoader, Dataset, random_split

device = "cuda" if torch.cuda.is_available() else "cpu"


class LineDataset(Dataset):  # (1)!
    def __init__(self, n, generator):
        self.x = torch.rand(n, 1, generator=generator) * 2 - 1
        self.y = 3 * self.x + 0.5 + 0.3 * torch.randn(n, 1, generator=generator)

    def __len__(self):
        return len(self.x)

    def __getitem__(self, i):
        return self.x[i], self.y[i]


g = torch.Generator().manual_seed(0)
train_set, val_set = random_split(LineDataset(200, g), [150, 50], generator=g)
train_loader = DataLoader(
    train_set, batch_size=32, shuffle=True, num_workers=0, generator=g
)
val_loader = DataLoader(val_set, batch_size=64, shuffle=False, num_workers=0)
print(len(train_set), len(val_set), len(train_loader), len(val_loader))
#> 150 50 5 1

torch.manual_seed(0)
model = nn.Linear(1, 1).to(device)
loss_fn = nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)


def train_one_epoch(model, loader, loss_fn, optimizer):
    model.train()
    total, count = 0.0, 0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * len(xb)  # (2)!
        count += len(xb)
    return total / count


@torch.no_grad()  # (3)!
def evaluate(model, loader, loss_fn):
    model.eval()
    total, count = 0.0, 0
    for xb, yb in loader:
        xb, yb = xb.to(device), yb.to(device)
        total += loss_fn(model(xb), yb).item() * len(xb)
        count += len(xb)
    return total / count


steps = 0
for epoch in range(1, 6):  # (4)!
    train_loss = train_one_epoch(model, train_loader, loss_fn, optimizer)
    val_loss = evaluate(model, val_loader, loss_fn)
    steps += len(train_loader)
    print(epoch, steps, round(train_loss, 3), round(val_loss, 3))
    #> 1 5 2.571 1.614
    #> 2 10 1.286 0.885
    #> 3 15 0.69 0.516
    #> 4 20 0.398 0.325
    #> 5 25 0.249 0.224
print(round(model.weight.item(), 3), round(model.bias.item(), 3))
#> 2.493 0.385
