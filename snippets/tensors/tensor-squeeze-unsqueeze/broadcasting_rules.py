import torch

print(torch.broadcast_shapes((4, 1), (3,)))  # (1)!
#> torch.Size([4, 3])
print(torch.broadcast_shapes((8, 3, 32, 32), (3, 1, 1)))
#> torch.Size([8, 3, 32, 32])

a = torch.tensor([[0], [10], [20]])
b = torch.tensor([1, 2, 3, 4])
print((a + b).tolist())  # (2)!
#> [[1, 2, 3, 4], [11, 12, 13, 14], [21, 22, 23, 24]]

img = torch.ones(3, 2, 2) * torch.tensor([1.0, 2.0, 3.0]).view(3, 1, 1)
mean = torch.tensor([1.0, 2.0, 3.0])
try:
    img - mean  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - The size of tensor a (2) must match the size of tensor b (3) at non-singleton dimension 2
print((img - mean[:, None, None]).abs().sum().item())
#> 0.0

acc = torch.zeros(3)
try:
    acc += torch.ones(2, 3)  # (4)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - output with shape [3] doesn't match the broadcast shape [2, 3]
