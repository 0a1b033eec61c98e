import torch

samples = [torch.tensor([1.0, 2.0, 3.0]), torch.tensor([4.0, 5.0, 6.0])]
print(torch.cat(samples).shape)  # (1)!
#> torch.Size([6])

losses = [torch.tensor(0.5), torch.tensor(0.25)]  # (2)!
try:
    torch.cat(losses)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - zero-dimensional tensor (at position 0) cannot be concatenated
print(torch.stack(losses).tolist())
#> [0.5, 0.25]

ragged = [torch.zeros(2), torch.zeros(3)]  # (3)!
try:
    torch.stack(ragged)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - stack expects each tensor to be equal size, but got [2] at entry 0 and [3] at entry 1
print(torch.cat(ragged).shape)
#> torch.Size([5])
