import torch
from torch import nn


class Net(nn.Sequential):
    pass


model = Net(nn.Linear(4, 2))
torch.save(model, "whole_model.pt")
print(sorted(torch.serialization.get_unsafe_globals_in_checkpoint("whole_model.pt")))
#> ['__main__.Net', 'torch.nn.modules.linear.Linear']


class Network(nn.Sequential):  # (1)!
    pass


del Net
try:
    torch.load("whole_model.pt", weights_only=False)  # (2)!
except AttributeError as e:
    print(type(e).__name__, "-", str(e).split(" on <")[0])
    #> AttributeError - Can't get attribute 'Net'

torch.save(model.state_dict(), "weights.pt")  # (3)!
fresh = Network(nn.Linear(4, 2))
print(fresh.load_state_dict(torch.load("weights.pt")))
#> <All keys matched successfully>
