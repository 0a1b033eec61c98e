import warnings

import torch

src = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    dup = torch.tensor(src)
print(len(caught), caught[0].category.__name__)
#> 1 UserWarning
print(str(caught[0].message).split(" or ")[0])
#> To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone()
print(dup.requires_grad, dup.data_ptr() == src.data_ptr())
#> False False

better = src.detach().clone()
print(better.requires_grad, better.data_ptr() == src.data_ptr())
#> False False
print(torch.equal(dup, better))
#> True
