import warnings

import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    legacy = torch.tensor(x)  # (1)!

rows = {
    "x.clone()": x.clone(),
    "x.detach()": x.detach(),
    "x.detach().clone()": x.detach().clone(),
    "torch.tensor(x)": legacy,
}
print(f"{'expression':<20} {'shares':<7} {'requires_grad':<14} grad_fn")
#> expression           shares  requires_grad  grad_fn
for name, t in rows.items():
    shares = t.data_ptr() == x.data_ptr()
    grad_fn = type(t.grad_fn).__name__ if t.grad_fn is not None else None
    print(f"{name:<20} {shares!s:<7} {t.requires_grad!s:<14} {grad_fn}")
    #> x.clone()            False   True           CloneBackward0
    #> x.detach()           True    False          None
    #> x.detach().clone()   False   False          None
    #> torch.tensor(x)      False   False          None

print(all(torch.equal(t, x) for t in rows.values()))
#> True
print(caught[0].category.__name__, "-", caught[0].message)
#> UserWarning - To copy construct from a tensor, it is recommended to use sourceTensor.detach().clone() or sourceTensor.detach().clone().requires_grad_(True), rather than torch.tensor(sourceTensor).
