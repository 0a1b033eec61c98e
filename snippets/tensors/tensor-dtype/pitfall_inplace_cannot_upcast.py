import torch

counts = torch.tensor([1, 2, 3])
try:
    counts += 0.5  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - result type Float can't be cast to the desired output type Long
print(counts.tolist())
#> [1, 2, 3]

try:
    counts.mul_(1.5)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - result type Float can't be cast to the desired output type Long

scaled = counts * 1.5  # (2)!
print(scaled.dtype, scaled.tolist())
#> torch.float32 [1.5, 3.0, 4.5]

acc = torch.zeros(3)  # (3)!
acc += counts
print(acc.dtype, acc.tolist())
#> torch.float32 [1.0, 2.0, 3.0]
