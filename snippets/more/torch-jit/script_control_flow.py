import warnings

import torch


def shift(x):
    if x.sum() > 0:
        return x * 2
    return x - 10


with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    scripted = torch.jit.script(shift)  # (1)!

print(type(scripted).__name__)
#> ScriptFunction
print(scripted.code.strip())  # (2)!
#> def shift(x: Tensor) -> Tensor:
#>   if bool(torch.gt(torch.sum(x), 0)):
#>     _0 = torch.mul(x, 2)
#>   else:
#>     _0 = torch.sub(x, 10)
#>   return _0
pos, neg = torch.ones(3), -torch.ones(3)
print(scripted(pos), scripted(neg))
#> tensor([2., 2., 2.]) tensor([-11., -11., -11.])
print(torch.equal(scripted(neg), shift(neg)))
#> True
