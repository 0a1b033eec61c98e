import warnings

import torch

torch.set_warn_always(True)
q = torch.ones(2, 5, 8)
k = torch.ones(2, 5, 8)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    kt = k.T  # (1)!
print(kt.shape, k.mT.shape)
#> torch.Size([8, 5, 2]) torch.Size([2, 8, 5])
print(caught[0].category.__name__, "-", str(caught[0].message).split(" to reverse")[0])
#> UserWarning - The use of `x.T` on tensors of dimension other than 2

try:
    q @ kt
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - The size of tensor a (2) must match the size of tensor b (8) at non-singleton dimension 0

cube = torch.arange(27.0).view(3, 3, 3)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    silent = cube @ cube.T  # (2)!
print(silent.shape, torch.equal(silent, cube @ cube.mT))
#> torch.Size([3, 3, 3]) False
