import torch
from torch import nn


class Normalizer(nn.Module):
    def __init__(self, num_features):
        super().__init__()
        self.scale = nn.Parameter(torch.ones(num_features))  # (1)!
        self.register_buffer("running_mean", torch.zeros(num_features))  # (2)!
        steps = torch.zeros((), dtype=torch.long)
        self.register_buffer("steps", steps, persistent=False)  # (3)!

    def forward(self, x):
        self.steps += 1
        return (x - self.running_mean) * self.scale


norm = Normalizer(3)
print([name for name, _ in norm.named_parameters()])
#> ['scale']
print([name for name, _ in norm.named_buffers()])
#> ['running_mean', 'steps']
print(list(norm.state_dict()))
#> ['scale', 'running_mean']

norm(torch.ones(2, 3)).sum().backward()
print(norm.running_mean.requires_grad, norm.running_mean.grad, norm.scale.grad.shape)
#> False None torch.Size([3])
print(norm.steps.item())
#> 1

norm.to(torch.float64)  # (4)!
print(norm.scale.dtype, norm.running_mean.dtype, norm.steps.dtype)
#> torch.float64 torch.float64 torch.int64

bn = nn.BatchNorm1d(3)
print([name for name, _ in bn.named_buffers()])
#> ['running_mean', 'running_var', 'num_batches_tracked']
print([name for name, _ in bn.named_parameters()])
#> ['weight', 'bias']
