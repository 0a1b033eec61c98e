import torch
from torch import nn

x = torch.linspace(-1, 1, 64).reshape(16, 4)
y = (x**2).sum(dim=1, keepdim=True)


def build(seed):
    torch.manual_seed(seed)
    model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Linear(16, 1))
    optimizer = torch.optim.Adam(model.parameters(), lr=0.05)
    scheduler = torch.optim.lr_scheduler.StepLR(optimizer, step_size=2, gamma=0.5)
    return model, optimizer, scheduler


def train_one_epoch(model, optimizer, scheduler):
    model.train()
    optimizer.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    optimizer.step()
    scheduler.step()
    return loss.item()


model, optimizer, scheduler = build(seed=0)
straight = [train_one_epoch(model, optimizer, scheduler) for _ in range(6)]

model, optimizer, scheduler = build(seed=0)
epochs_done = 3
for _ in range(epochs_done):
    train_one_epoch(model, optimizer, scheduler)
checkpoint = {
    "epoch": epochs_done,
    "model": model.state_dict(),
    "optimizer": optimizer.state_dict(),
    "scheduler": scheduler.state_dict(),
}  # (1)!
torch.save(checkpoint, "checkpoint.pt")

device = "cuda" if torch.cuda.is_available() else "cpu"
model, optimizer, scheduler = build(seed=123)  # (2)!
checkpoint = torch.load("checkpoint.pt", map_location=device)
model.load_state_dict(checkpoint["model"])
optimizer.load_state_dict(checkpoint["optimizer"])
scheduler.load_state_dict(checkpoint["scheduler"])
start = checkpoint["epoch"]
print(start, scheduler.get_last_lr())
#> 3 [0.025]
resumed = [train_one_epoch(model, optimizer, scheduler) for _ in range(start, 6)]
print(resumed == straight[3:])  # (3)!
#> True

model, optimizer, scheduler = build(seed=123)
model.load_state_dict(checkpoint["model"])  # (4)!
weights_only = [train_one_epoch(model, optimizer, scheduler) for _ in range(start, 6)]
print(weights_only == straight[3:], scheduler.get_last_lr())
#> False [0.025]
