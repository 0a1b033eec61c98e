import warnings

import torch

src = torch.ones(2, requires_grad=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = torch.tensor(src)  # (1)!
print(caught[0].category.__name__, "-", str(caught[0].message).split(",")[0])
#> UserWarning - To copy construct from a tensor
print(copy.requires_grad)
#> False

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    copy = src.detach().clone()  # (2)!
print(len(caught), copy.requires_grad, copy.data_ptr() == src.data_ptr())
#> 0 False False
