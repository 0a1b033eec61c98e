import torch

a = torch.ones(2, 3)
b = torch.ones(2, 4)
try:
    a + b  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - The size of tensor a (3) must match the size of tensor b (4) at non-singleton dimension 1

bias = torch.zeros(3)
try:
    bias.add_(torch.ones(2, 3))  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - output with shape [3] doesn't match the broadcast shape [2, 3]

print(torch.broadcast_shapes((2, 3), (3,)))  # (3)!
#> torch.Size([2, 3])
print(torch.broadcast_shapes((2, 1), (1, 4)))
#> torch.Size([2, 4])
try:
    torch.broadcast_shapes((2, 3), (4,))
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - Attempting to broadcast a dimension of length 4 at -1! Mismatching argument at index 1 had (4,); but expected shape should be broadcastable to [2, 3]

pred = torch.ones(5, 1)
target = torch.ones(5)
print((pred - target).shape)  # (4)!
#> torch.Size([5, 5])
