import warnings

import torch

batch = torch.zeros(2, 3, 4)
warn_always = torch.is_warn_always_enabled()
torch.set_warn_always(True)  # (1)!
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    flipped = batch.T  # (2)!
torch.set_warn_always(warn_always)
print(flipped.shape)
#> torch.Size([4, 3, 2])
print(caught[0].category.__name__, "-", str(caught[0].message).split(" and ")[0])
#> UserWarning - The use of `x.T` on tensors of dimension other than 2 to reverse their shape is deprecated

print(batch.mT.shape, batch.transpose(-2, -1).shape, batch.permute(0, 2, 1).shape)
#> torch.Size([2, 4, 3]) torch.Size([2, 4, 3]) torch.Size([2, 4, 3])
