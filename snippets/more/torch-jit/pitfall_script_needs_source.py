import warnings

import torch

source = "def add_one(x):\n    return x + 1\n"
namespace = {"__name__": "generated"}
exec(source, namespace)  # (1)!
add_one = namespace["add_one"]
print(add_one(torch.zeros(2)))
#> tensor([1., 1.])

with warnings.catch_warnings():
    warnings.simplefilter("ignore", DeprecationWarning)
    try:
        torch.jit.script(add_one)  # (2)!
    except OSError as e:
        print(type(e).__name__, "-", str(e).split(". ")[1])
        #> OSError - TorchScript requires source access in order to carry out compilation, make sure original .py files are available.
    traced = torch.jit.trace(add_one, (torch.zeros(2),))  # (3)!
print(traced(torch.ones(2)))
#> tensor([2., 2.])
