import torch

loss = torch.tensor(float("nan"))
print(loss > 1e6, loss == loss, torch.isfinite(loss))  # (1)!
#> tensor(False) tensor(False) tensor(False)
values = torch.tensor([1.0, float("nan")])
print(values.max(), values.clamp(0, 1), values.nan_to_num())
#> tensor(nan) tensor([1., nan]) tensor([1., 0.])

try:
    int(loss)  # (2)!
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> ValueError cannot convert float NaN to integer

probs = torch.tensor([float("nan"), 0.5])
try:
    torch.multinomial(probs, 1)  # (3)!
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> RuntimeError probability tensor contains either `inf`, `nan` or element < 0

try:
    torch.distributions.Normal(  # (4)!
        torch.tensor([float("nan")]), torch.tensor([1.0])
    )
except ValueError as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> ValueError Expected parameter loc (Tensor of shape (1,)) of distribution Normal(loc: tensor([nan]), scale: tensor([1.])) to satisfy the constraint Real(), but found invalid values:
