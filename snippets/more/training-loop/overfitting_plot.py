import matplotlib.pyplot as plt
import torch
from torch import nn

g = torch.Generator().manual_seed(0)
x_train = torch.linspace(-1, 1, 20).unsqueeze(1)
y_train = torch.sin(3 * x_train) + 0.3 * torch.randn(20, 1, generator=g)
x_val = torch.rand(100, 1, generator=g) * 2 - 1
y_val = torch.sin(3 * x_val) + 0.3 * torch.randn(100, 1, generator=g)

torch.manual_seed(0)
model = nn.Sequential(
    nn.Linear(1, 64), nn.Tanh(), nn.Linear(64, 64), nn.Tanh(), nn.Linear(64, 1)
)
optimizer = torch.optim.Adam(model.parameters(), lr=0.01)
loss_fn = nn.MSELoss()

epochs = range(1, 401)
train_losses, val_losses = [], []
for epoch in epochs:
    model.train()
    optimizer.zero_grad()
    loss_fn(model(x_train), y_train).backward()  # (1)!
    optimizer.step()
    model.eval()
    with torch.no_grad():  # (2)!
        train_losses.append(loss_fn(model(x_train), y_train).item())
        val_losses.append(loss_fn(model(x_val), y_val).item())

best = min(epochs, key=lambda e: val_losses[e - 1])  # (3)!
for e in (best, epochs[-1]):
    print(e, round(train_losses[e - 1], 3), round(val_losses[e - 1], 3))
    #> 75 0.062 0.142
    #> 400 0.008 0.19

fig, ax = plt.subplots()
ax.plot(epochs, train_losses, label="training loss")
ax.plot(epochs, val_losses, "--", label="validation loss")
ax.axvline(
    best, color="gray", linestyle=":", label=f"lowest validation loss (epoch {best})"
)
ax.set(
    title="Training and validation loss of a small MLP on 20 noisy points",
    xlabel="epoch",
    ylabel="MSE loss",
    ylim=(0, 0.3),
)
ax.legend()
plt.show()
#> [figure overfitting_plot.1.svg]
