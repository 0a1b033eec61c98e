import torch
from torch import nn


class CausalAverage(nn.Module):
    def __init__(self, max_len):
        super().__init__()
        mask = torch.tril(torch.ones(max_len, max_len, dtype=torch.bool))
        self.register_buffer("mask", mask, persistent=False)  # (1)!

    def forward(self, x):
        t = x.shape[0]
        scores = x.new_zeros(t, t).masked_fill(~self.mask[:t, :t], float("-inf"))
        return scores.softmax(dim=-1) @ x  # (2)!


avg = CausalAverage(max_len=8)
x = torch.arange(4.0).reshape(4, 1)
print(avg(x).flatten().tolist())
#> [0.0, 0.5, 1.0, 1.5]
print(len(list(avg.parameters())), list(avg.state_dict()), avg.mask.shape)
#> 0 [] torch.Size([8, 8])

avg.to(torch.float64)
print(avg.mask.dtype, avg(x.double()).dtype)  # (3)!
#> torch.bool torch.float64
