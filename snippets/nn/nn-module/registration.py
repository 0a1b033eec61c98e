import torch
from torch import nn


class Block(nn.Module):
    def __init__(self):
        super().__init__()
        self.lin = nn.Linear(3, 3)
        self.scale = nn.Parameter(torch.ones(3))  # (1)!
        self.offset = torch.zeros(3)  # (2)!
        self.register_buffer("count", torch.zeros((), dtype=torch.long))


class Net(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = Block()
        self.head = nn.Linear(3, 1)


net = Net()
print(*[name for name, _ in net.named_parameters()])  # (3)!
#> enc.scale enc.lin.weight enc.lin.bias head.weight head.bias
print(*[name for name, _ in net.named_buffers()])
#> enc.count
print(*net.state_dict().keys())
#> enc.scale enc.count enc.lin.weight enc.lin.bias head.weight head.bias
print(type(net.get_submodule("enc.lin")).__name__)
#> Linear

net.head = nn.Identity()  # (4)!
print(*[name for name, _ in net.named_parameters()])
#> enc.scale enc.lin.weight enc.lin.bias
