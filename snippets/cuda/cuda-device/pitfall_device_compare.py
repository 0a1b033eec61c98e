import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.ones(2, device=device)

print(x.device == device)  # (1)!
#> False
print(x.device.type == device)
#> True

print(torch.device("cuda") == torch.device("cuda:0"))  # (2)!
#> False
print(torch.device("cuda").type == torch.device("cuda:0").type)
#> True

y = torch.zeros(2, device=device)
print(x.device == y.device)  # (3)!
#> True
