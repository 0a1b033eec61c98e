import torch

x = torch.arange(6).reshape(2, 3)
print(x.view(3, 2).data_ptr() == x.data_ptr())  # (1)!
#> True

t = x.t()
try:
    t.view(6)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - view size is not compatible with input tensor's size and stride
print(t.reshape(6).tolist(), t.reshape(6).data_ptr() == x.data_ptr())  # (2)!
#> [0, 3, 1, 4, 2, 5] False

img = torch.zeros(2, 32, 32, 3)
print(tuple(img.permute(0, 3, 1, 2).shape))  # (3)!
#> (2, 3, 32, 32)
print(tuple(torch.zeros(3, 32, 32).unsqueeze(0).shape))  # (4)!
#> (1, 3, 32, 32)
