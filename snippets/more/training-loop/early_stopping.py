import torch
from torch import nn
from torch.utils.data import DataLoader, TensorDataset, random_split

device = "cuda" if torch.cuda.is_available() else "cpu"

g = torch.Generator().manual_seed(0)
x = torch.rand(200, 1, generator=g) * 2 - 1
y = 3 * x + 0.5 + 0.3 * torch.randn(200, 1, generator=g)
train_set, val_set = random_split(TensorDataset(x, y), [150, 50], generator=g)
train_loader = DataLoader(train_set, batch_size=32, shuffle=True, generator=g)
val_loader = DataLoader(val_set, batch_size=64)
loss_fn = nn.MSELoss()


def build():
    model = nn.Linear(1, 1).to(device)
    return model, torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)


def run_epoch(model, loader, optimizer=None):
    training = optimizer is not None
    model.train(training)
    total = 0.0
    with torch.set_grad_enabled(training):  # (1)!
        for xb, yb in loader:
            xb, yb = xb.to(device), yb.to(device)
            loss = loss_fn(model(xb), yb)
            if training:
                optimizer.zero_grad()
                loss.backward()
                optimizer.step()
            total += loss.item() * len(xb)
    return total / len(loader.dataset)


torch.manual_seed(0)
model, optimizer = build()
best_val, patience, min_delta, bad_epochs = float("inf"), 3, 1e-3, 0
for epoch in range(1, 101):
    run_epoch(model, train_loader, optimizer)
    val_loss = run_epoch(model, val_loader)
    if val_loss < best_val - min_delta:  # (2)!
        best_val, bad_epochs = val_loss, 0
        checkpoint = {
            "epoch": epoch,
            "val_loss": val_loss,
            "model": model.state_dict(),
            "optimizer": optimizer.state_dict(),
        }
        torch.save(checkpoint, "best.pt")  # (3)!
    else:
        bad_epochs += 1
    print(epoch, round(val_loss, 4), bad_epochs)
    #> 1 1.0551 0
    #> 2 0.2931 0
    #> 3 0.1457 0
    #> 4 0.1253 0
    #> 5 0.1192 0
    #> 6 0.1188 1
    #> 7 0.1177 0
    #> 8 0.1191 1
    #> 9 0.1184 2
    #> 10 0.1166 0
    #> 11 0.1169 1
    #> 12 0.1182 2
    #> 13 0.1188 3
    if bad_epochs >= patience:
        print("stopped at epoch", epoch)
        #> stopped at epoch 13
        break

final_val = run_epoch(model, val_loader)
restored, restored_opt = build()  # (4)!
checkpoint = torch.load("best.pt", map_location=device)
restored.load_state_dict(checkpoint["model"])
restored_opt.load_state_dict(checkpoint["optimizer"])
restored_val = run_epoch(restored, val_loader)
print(checkpoint["epoch"], round(final_val, 4), round(restored_val, 4))
#> 10 0.1188 0.1166
print(restored_val == checkpoint["val_loss"], restored.training)  # (5)!
#> True False
