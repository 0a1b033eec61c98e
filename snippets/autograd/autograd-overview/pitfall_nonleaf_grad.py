import warnings

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
h = x * 2
loss = (h**2).sum()
loss.backward()

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print(h.is_leaf, h.grad)  # (1)!
    #> False None
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> UserWarning - The .grad attribute of a Tensor that is not a leaf Tensor is being accessed
print(x.grad.tolist())
#> [8.0, 16.0, 24.0]

x.grad = None
h = x * 2
h.retain_grad()  # (2)!
loss = (h**2).sum()
loss.backward()
print(h.grad.tolist(), x.grad.tolist())
#> [4.0, 8.0, 12.0] [8.0, 16.0, 24.0]
