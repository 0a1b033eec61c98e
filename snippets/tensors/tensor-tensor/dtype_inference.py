import torch

print(torch.get_default_dtype())
#> torch.float32
print(torch.tensor([1, 2, 3]).dtype)
#> torch.int64
print(torch.tensor([1.0, 2.0, 3.0]).dtype)
#> torch.float32
print(torch.tensor([True, False]).dtype)
#> torch.bool
print(torch.tensor([1, 2.5]).dtype)  # (1)!
#> torch.float32
print(torch.tensor([True, 2]).dtype)
#> torch.int64

scalar = torch.tensor(7)
print(scalar.shape, scalar.dim(), scalar.item())  # (2)!
#> torch.Size([]) 0 7

matrix = torch.tensor([[1, 2, 3], [4, 5, 6]])
print(matrix.shape, matrix.dim())
#> torch.Size([2, 3]) 2
cube = torch.tensor([[[1], [2]], [[3], [4]]])
print(cube.shape)
#> torch.Size([2, 2, 1])
