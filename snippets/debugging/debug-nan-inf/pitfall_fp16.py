import torch

h = torch.full((4,), 300.0, dtype=torch.float16)
print(h * h, (h * h).sum())  # (1)!
#> tensor([inf, inf, inf, inf], dtype=torch.float16) tensor(inf, dtype=torch.float16)
print((h.float() * h.float()).sum())
#> tensor(360000.)

print(torch.tensor(1e-8, dtype=torch.float16))  # (2)!
#> tensor(0., dtype=torch.float16)
v = torch.zeros(3, dtype=torch.float16)
print(v / (v.norm() + 1e-8))
#> tensor([nan, nan, nan], dtype=torch.float16)
eps = torch.finfo(v.dtype).eps
print(v / (v.norm() + eps))  # (3)!
#> tensor([0., 0., 0.], dtype=torch.float16)

print(torch.tensor(1e-8).half() == 0, torch.tensor(1e-8).bfloat16() == 0)  # (4)!
#> tensor(True) tensor(False)
