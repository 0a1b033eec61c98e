import torch
import torch.nn.functional as F
from torch.func import vmap

xs = torch.ones(4, 6)


def noisy(x):
    return F.dropout(x, p=0.5)


try:
    vmap(noisy)(xs)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(". ")[0])
    #> RuntimeError - vmap: called random operation while in randomness error mode

torch.manual_seed(0)
diff = vmap(noisy, randomness="different")(xs)  # (2)!
same = vmap(noisy, randomness="same")(xs)  # (3)!
print(diff.shape, bool((diff != diff[0]).any()))
#> torch.Size([4, 6]) True
print(same.shape, bool((same == same[0]).all()))
#> torch.Size([4, 6]) True
