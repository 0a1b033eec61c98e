import torch

rows = torch.empty(3, 4)
for i in range(3):
    rows[i] = torch.arange(4) * i  # (1)!
print(rows.tolist())
#> [[0.0, 0.0, 0.0, 0.0], [0.0, 1.0, 2.0, 3.0], [0.0, 2.0, 4.0, 6.0]]

a = torch.tensor([1.0, 2.0, 3.0])
b = torch.tensor([10.0, 20.0, 30.0])
out = torch.empty(3)
ptr = out.data_ptr()
torch.mul(a, b, out=out)  # (2)!
print(out.tolist(), out.data_ptr() == ptr)
#> [10.0, 40.0, 90.0] True

filled = torch.empty(2, 2).fill_(7.0)  # (3)!
print(filled.tolist())
#> [[7.0, 7.0], [7.0, 7.0]]

print(torch.equal(torch.empty(2, 3).zero_(), torch.zeros(2, 3)))  # (4)!
#> True
