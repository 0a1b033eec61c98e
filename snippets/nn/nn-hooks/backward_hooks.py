import warnings

import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 3), nn.Tanh(), nn.Linear(3, 1))
with torch.no_grad():
    for p in model.parameters():
        p.copy_(torch.linspace(-0.5, 0.5, p.numel()).reshape(p.shape))


def shapes(grads):
    return [None if g is None else tuple(g.shape) for g in grads]


def report(name):
    def hook(module, grad_input, grad_output):  # (1)!
        norm = grad_output[0].norm().item()
        print(name, shapes(grad_input), shapes(grad_output), round(norm, 4))
        #> 2 [(2, 3)] [(2, 1)] 1.4142
        #> 1 [(2, 3)] [(2, 3)] 1.0
        #> 0 [None] [(2, 3)] 0.655

    return hook


handles = [m.register_full_backward_hook(report(n)) for n, m in model.named_children()]
x = torch.linspace(-1.0, 1.0, 8).reshape(2, 4)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    model(x).sum().backward()  # (2)!
print(caught[0].category.__name__, "-", str(caught[0].message).split(" since")[0])
#> UserWarning - Full backward hook is firing when gradients are computed with respect to module outputs

for name, p in model.named_parameters():  # (3)!
    print(name, round(p.grad.norm().item(), 4))
    #> 0.weight 0.7352
    #> 0.bias 0.8037
    #> 2.weight 0.8474
    #> 2.bias 2.0
for h in handles:
    h.remove()
