import warnings

import torch

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    with torch.autocast("cuda"):
        print(torch.is_autocast_enabled("cuda"))
        #> False
    scaler = torch.amp.GradScaler("cuda")
print(scaler.is_enabled())
#> False
for w in caught:
    print(w.category.__name__, "-", str(w.message).split(". ")[0])
    #> UserWarning - CUDA is not available or torch_xla is imported
    #> UserWarning - torch.cuda.amp.GradScaler is enabled, but CUDA is not available
