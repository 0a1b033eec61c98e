import torch
from torch import nn

bn = nn.BatchNorm1d(2)  # (1)!
x = torch.tensor([[1.0, 10.0], [3.0, 20.0], [5.0, 30.0], [7.0, 40.0]])
print(bn.running_mean, bn.running_var, bn.num_batches_tracked.item())
#> tensor([0., 0.]) tensor([1., 1.]) 0

out = bn(x)  # (2)!
print(out[:, 0].detach())
#> tensor([-1.3416, -0.4472,  0.4472,  1.3416])
print(bn.running_mean, bn.running_var, bn.num_batches_tracked.item())  # (3)!
#> tensor([0.4000, 2.5000]) tensor([ 1.5667, 17.5667]) 1

bn.eval()
out_eval = bn(x)  # (4)!
out_eval = bn(x)
print(out_eval[:, 0].detach())
#> tensor([0.4794, 2.0772, 3.6751, 5.2730])
print(bn.running_mean, bn.running_var, bn.num_batches_tracked.item())
#> tensor([0.4000, 2.5000]) tensor([ 1.5667, 17.5667]) 1
