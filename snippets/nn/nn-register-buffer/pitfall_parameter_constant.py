import torch
from torch import nn


class Shifted(nn.Module):
    def __init__(self, as_buffer):
        super().__init__()
        center = torch.tensor([10.0])
        if as_buffer:
            self.register_buffer("center", center)
        else:
            self.center = nn.Parameter(center)  # (1)!
        self.lin = nn.Linear(1, 1)
        with torch.no_grad():
            self.lin.weight.fill_(1.0)
            self.lin.bias.zero_()

    def forward(self, x):
        return self.lin(x - self.center)


x = torch.tensor([[9.0], [11.0]])
y = torch.tensor([[0.0], [3.0]])
for as_buffer in (False, True):
    model = Shifted(as_buffer)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)  # (2)!
    for _ in range(20):
        opt.zero_grad()
        nn.functional.mse_loss(model(x), y).backward()
        opt.step()
    n_params = sum(p.numel() for p in model.parameters())
    print(as_buffer, n_params, round(model.center.item(), 4))
    #> False 3 9.3818
    #> True 2 10.0
