import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.linspace(-1.0, 1.0, 16, device=device).unsqueeze(1)
y = 2.0 * x + 1.0
model = nn.Linear(1, 1).to(device)
nn.init.zeros_(model.weight)  # (1)!
nn.init.zeros_(model.bias)
loss_fn = nn.MSELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.2)

for step in range(40):
    opt.zero_grad()  # (2)!
    pred = model(x)  # (3)!
    loss = loss_fn(pred, y)  # (4)!
    loss.backward()  # (5)!
    opt.step()  # (6)!
    if step % 10 == 0:
        print(step, round(loss.item(), 4))
        #> 0 2.5111
        #> 10 0.0571
        #> 20 0.0022
        #> 30 0.0001

print(round(model.weight.item(), 3), round(model.bias.item(), 3))
#> 1.997 1.0
