import torch

hits = torch.tensor([1, 0, 1, 1])
try:
    hits.mean()  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(".")[0])
    #> RuntimeError - mean(): could not infer output dtype
print(hits.float().mean().item(), hits.mean(dtype=torch.float32).item())
#> 0.75 0.75

pixels = torch.tensor([200, 100], dtype=torch.uint8)
print(pixels.sum().item(), pixels.sum().dtype)  # (2)!
#> 300 torch.int64

empty = torch.tensor([])
print(empty.sum().item(), empty.mean().item())  # (3)!
#> 0.0 nan
try:
    empty.max()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(".")[0])
    #> RuntimeError - max(): Expected reduction dim to be specified for input

with_nan = torch.tensor([1.0, float("nan"), 3.0])
print(with_nan.sum().item(), with_nan.max().item(), with_nan.nansum().item())  # (4)!
#> nan nan 4.0
