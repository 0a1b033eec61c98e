import torch

hwc = torch.tensor(
    [[[10, 11, 12], [20, 21, 22]],
     [[30, 31, 32], [40, 41, 42]]]
)
wrong = hwc.reshape(3, 2, 2)  # (1)!
right = hwc.permute(2, 0, 1)
print(wrong.shape == right.shape)
#> True
print(wrong[0].tolist())
#> [[10, 11], [12, 20]]
print(right[0].tolist())
#> [[10, 20], [30, 40]]
print(torch.equal(wrong, right))
#> False
