import torch
from torch import nn

lin = nn.Linear(2, 2, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.eye(2))
x = torch.tensor([[1.0, -3.0]])


def double_input(module, args):
    print("pre-hook sees", len(args), "positional argument(s)")
    #> pre-hook sees 1 positional argument(s)
    #> pre-hook sees 1 positional argument(s)
    return args[0] * 2  # (1)!


def clamp_output(module, args, output):
    return output.clamp(min=0)  # (2)!


print(lin(x).tolist())
#> [[1.0, -3.0]]
pre = lin.register_forward_pre_hook(double_input)
print(lin(x).tolist())
#> [[2.0, -6.0]]
post = lin.register_forward_hook(clamp_output)
print(lin(x).tolist())
#> [[2.0, 0.0]]
pre.remove()
post.remove()
print(lin(x).tolist())
#> [[1.0, -3.0]]
