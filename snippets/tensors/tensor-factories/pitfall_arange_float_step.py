import torch

print(len(torch.arange(0, 1, 0.1)), len(torch.arange(0, 0.3, 0.1)))
#> 10 3
r = torch.arange(1, 1.3, 0.1)
print(len(r), [round(v, 4) for v in r.tolist()])  # (1)!
#> 4 [1.0, 1.1, 1.2, 1.3]
print(len(torch.arange(0.1, 0.4, 0.1)))
#> 4

lin = torch.linspace(1, 1.3, 4)  # (2)!
print(len(lin), [round(v, 4) for v in lin.tolist()])
#> 4 [1.0, 1.1, 1.2, 1.3]
scaled = torch.arange(10, 13) / 10  # (3)!
print(len(scaled), [round(v, 4) for v in scaled.tolist()])
#> 3 [1.0, 1.1, 1.2]
