import torch
from torch import nn


class Scale(nn.Module):
    def forward(self, x, factor=1.0):
        return x * factor


def plain_hook(module, args, output):
    print("plain:", len(args), output.tolist())
    #> plain: 1 [3.0, 6.0]
    #> plain: 1 [10.0, 20.0]


def kwargs_hook(module, args, kwargs, output):  # (1)!
    print("with_kwargs:", len(args), kwargs, output.tolist())
    #> with_kwargs: 1 {'factor': 3.0} [3.0, 6.0]
    #> with_kwargs: 1 {'factor': 10.0} [10.0, 20.0]


def force_factor(module, args, kwargs):
    return args, {**kwargs, "factor": 10.0}  # (2)!


scale = Scale()
x = torch.tensor([1.0, 2.0])
handles = [
    scale.register_forward_hook(plain_hook),
    scale.register_forward_hook(kwargs_hook, with_kwargs=True),
]
scale(x, factor=3.0)
handles.append(scale.register_forward_pre_hook(force_factor, with_kwargs=True))
scale(x, factor=3.0)
for h in handles:
    h.remove()
