import warnings

import torch
from torch.utils.data import DataLoader

accelerator = torch.accelerator.is_available()  # (1)!
loader = DataLoader(torch.arange(8.0), batch_size=4, pin_memory=True)
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    batch = next(iter(loader))
print(loader.pin_memory)
#> True
print(batch.is_pinned() == accelerator)  # (2)!
#> True
print(len(caught) == (0 if accelerator else 1))  # (3)!
#> True
