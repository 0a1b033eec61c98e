import torch

print(torch.empty(3).shape, torch.tensor(3).shape)  # (1)!
#> torch.Size([3]) torch.Size([])
print(torch.tensor([2.0, 5.0]).tolist())
#> [2.0, 5.0]

try:
    torch.empty(2.5)
except TypeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> TypeError - empty(): argument 'size' (position 1) must be tuple of ints, not float

try:
    torch.empty(torch.tensor([2, 3]))
except TypeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> TypeError - empty(): argument 'size' (position 1) must be tuple of ints, not Tensor

n = torch.tensor([2, 3])
print(torch.empty(n.tolist()).shape)
#> torch.Size([2, 3])
