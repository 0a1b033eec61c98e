import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.cuda.amp.autocast():  # (1)!
        pass
    torch.cuda.amp.GradScaler(enabled=False)
for w in caught:
    if issubclass(w.category, FutureWarning):
        print(w.category.__name__, "-", w.message)
        #> FutureWarning - `torch.cuda.amp.autocast(args...)` is deprecated. Please use `torch.amp.autocast('cuda', args...)` instead.
        #> FutureWarning - `torch.cuda.amp.GradScaler(args...)` is deprecated. Please use `torch.amp.GradScaler('cuda', args...)` instead.
