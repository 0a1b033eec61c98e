import torch
from torch import nn

batch = torch.tensor([[8.0], [12.0]])
for momentum in (0.1, 0.5, None):
    bn = nn.BatchNorm1d(1, momentum=momentum)
    for _ in range(5):
        bn(batch)
    print(momentum, round(bn.running_mean.item(), 4))  # (1)!
    #> 0.1 4.0951
    #> 0.5 9.6875
    #> None 10.0
