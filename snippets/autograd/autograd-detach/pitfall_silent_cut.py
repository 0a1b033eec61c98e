import torch
from torch import nn


class TwoLayer(nn.Module):
    def __init__(self, cut):
        super().__init__()
        self.fc1, self.fc2, self.cut = nn.Linear(3, 4), nn.Linear(4, 1), cut

    def forward(self, x):
        h = torch.relu(self.fc1(x))
        if self.cut == "detach":
            h = h.detach()  # (1)!
        elif self.cut == "numpy":
            h = torch.from_numpy(h.detach().cpu().numpy()).to(x.device)  # (2)!
        elif self.cut == "tolist":
            h = torch.tensor(h.tolist(), device=x.device)
        return self.fc2(h)


x = torch.randn(5, 3)
for cut in (None, "detach", "numpy", "tolist"):
    model = TwoLayer(cut)
    model(x).pow(2).mean().backward()  # (3)!
    fc1 = model.fc1.weight.grad is not None
    fc2 = model.fc2.weight.grad is not None
    print(f"{cut!s:<7} fc1 grad: {fc1!s:<5} fc2 grad: {fc2}")
    #> None    fc1 grad: True  fc2 grad: True
    #> detach  fc1 grad: False fc2 grad: True
    #> numpy   fc1 grad: False fc2 grad: True
    #> tolist  fc1 grad: False fc2 grad: True
