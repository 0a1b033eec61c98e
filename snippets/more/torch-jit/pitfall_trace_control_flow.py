import warnings

import torch


def shift(x):
    if x.sum() > 0:
        return x * 2
    return x - 10


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    traced = torch.jit.trace(shift, (torch.ones(3),))  # (1)!

for w in caught:
    if w.category.__name__ == "TracerWarning":
        print(w.category.__name__, "-", str(w.message).split(". ")[0])
        #> TracerWarning - Converting a tensor to a Python boolean might cause the trace to be incorrect
        break

neg = -torch.ones(3)
print(traced(neg), shift(neg))  # (2)!
#> tensor([-2., -2., -2.]) tensor([-11., -11., -11.])
print(traced.code.strip())  # (3)!
#> def shift(x: Tensor) -> Tensor:
#>   return torch.mul(x, CONSTANTS.c0)

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    scripted = torch.jit.script(shift)  # (4)!
print(torch.equal(scripted(neg), shift(neg)))
#> True
