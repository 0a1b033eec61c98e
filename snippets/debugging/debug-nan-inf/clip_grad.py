import torch
from torch import nn

layer = nn.Linear(2, 1)
layer.weight.grad = torch.tensor([[3.0, 4.0]])
layer.bias.grad = torch.tensor([0.0])
total = nn.utils.clip_grad_norm_(layer.parameters(), max_norm=1.0)  # (1)!
print(total, layer.weight.grad)
#> tensor(5.) tensor([[0.6000, 0.8000]])

layer.weight.grad = torch.tensor([[float("inf"), 4.0]])
try:
    nn.utils.clip_grad_norm_(layer.parameters(), max_norm=1.0, error_if_nonfinite=True)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])  # (2)!
    #> RuntimeError The total norm of order 2.0 for gradients from `parameters` is non-finite, so it cannot be clipped. To disable this error and scale the gradients by the non-finite norm anyway, set `error_if_nonfinite=False`

total = nn.utils.clip_grad_norm_(layer.parameters(), max_norm=1.0)  # (3)!
print(total, layer.weight.grad)
#> tensor(inf) tensor([[nan, 0.]])

layer.weight.grad = torch.tensor([[float("nan"), 4.0]])
nn.utils.clip_grad_value_(layer.parameters(), clip_value=1.0)  # (4)!
print(layer.weight.grad)
#> tensor([[nan, 1.]])
