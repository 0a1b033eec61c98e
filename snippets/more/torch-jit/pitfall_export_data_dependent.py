import torch
from torch import nn


class Shift(nn.Module):
    def forward(self, x):
        if x.sum() > 0:
            return x * 2
        return x - 10


try:
    torch.export.export(Shift(), (torch.ones(3),))  # (1)!
except Exception as e:
    msg = "Could not guard on data-dependent expression"
    print(type(e).__name__, str(e).startswith(msg))
    #> GuardOnDataDependentSymNode True


class CondShift(nn.Module):
    def forward(self, x):
        return torch.cond(
            x.sum() > 0, lambda t: t * 2, lambda t: t - 10, (x,)
        )  # (2)!


ep = torch.export.export(CondShift(), (torch.ones(3),))
neg = -torch.ones(3)
print(ep.module()(neg), ep.module()(torch.ones(3)))
#> tensor([-11., -11., -11.]) tensor([2., 2., 2.])
print([str(n.target) for n in ep.graph.nodes if n.op == "call_function"])
#> ['aten.sum.default', 'aten.gt.Scalar', 'cond', '<built-in function getitem>']
