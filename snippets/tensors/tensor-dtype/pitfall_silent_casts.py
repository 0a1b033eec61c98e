import torch

x = torch.tensor([2.7, -2.7, 0.5])
print(x.long().tolist(), x.round().long().tolist())  # (1)!
#> [2, -2, 0] [3, -3, 0]

pixels = torch.tensor([-20, 100, 300])
print(pixels.to(torch.uint8).tolist())  # (2)!
#> [236, 100, 44]
print(pixels.clamp(0, 255).to(torch.uint8).tolist())
#> [0, 100, 255]

w = torch.tensor([1.5, 2.5], requires_grad=True)
print(w.long().requires_grad)  # (3)!
#> False
