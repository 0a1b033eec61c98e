import torch

a = torch.zeros(2, 3)
a.reshape(6)[0] = 1.0  # (1)!
print(a.tolist())
#> [[1.0, 0.0, 0.0], [0.0, 0.0, 0.0]]

b = torch.zeros(3, 2).t()
b.reshape(6)[0] = 1.0  # (2)!
print(b.tolist())
#> [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]

snapshot = a.reshape(6).clone()  # (3)!
a.zero_()
print(snapshot.tolist())
#> [1.0, 0.0, 0.0, 0.0, 0.0, 0.0]

try:
    b.view(6)[0] = 1.0  # (4)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - view size is not compatible with input tensor's size and stride
