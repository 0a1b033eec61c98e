import warnings

import torch
from torch import nn

cpu = torch.device("cpu")  # (1)!
x = torch.zeros(4, device=cpu)
index = torch.tensor([0, 1, 1], device=cpu)
source = torch.tensor([1.0, 2.0, 3.0], device=cpu)
pooled, where = nn.functional.max_pool1d(
    torch.arange(8.0, device=cpu).view(1, 1, 8), 2, return_indices=True
)

torch.use_deterministic_algorithms(True)
print(x.clone().index_add_(0, index, source).tolist())  # (2)!
#> [1.0, 5.0, 0.0, 0.0]
print(x.clone().scatter_add_(0, index, source).tolist())
#> [1.0, 5.0, 0.0, 0.0]
print(x.clone().put_(index, source, accumulate=True).tolist())
#> [1.0, 5.0, 0.0, 0.0]
for name, op in [
    ("put_", lambda: x.clone().put_(index, source)),  # (3)!
    ("MaxUnpool1d", lambda: nn.MaxUnpool1d(2)(pooled, where)),
]:
    try:
        op()
    except RuntimeError as e:
        print(name, type(e).__name__, "-", str(e).split(", but")[0])
        #> put_ RuntimeError - put_ does not have a deterministic implementation
        #> MaxUnpool1d RuntimeError - max_unpooling2d_forward_out does not have a deterministic implementation

torch.use_deterministic_algorithms(True, warn_only=True)  # (4)!
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    result = x.clone().put_(index, source)
print(result.tolist(), caught[0].category.__name__)
#> [1.0, 3.0, 0.0, 0.0] UserWarning
torch.use_deterministic_algorithms(False)
