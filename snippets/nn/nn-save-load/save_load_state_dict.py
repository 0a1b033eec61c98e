import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
torch.save(model.state_dict(), "model.pt")  # (1)!

state = torch.load("model.pt")  # (2)!
print(type(state).__name__, list(state))
#> OrderedDict ['0.weight', '0.bias', '2.weight', '2.bias']

restored = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))  # (3)!
print(restored.load_state_dict(state))
#> <All keys matched successfully>
restored.eval()
x = torch.randn(3, 4)
print(torch.equal(restored(x), model(x)))
#> True
