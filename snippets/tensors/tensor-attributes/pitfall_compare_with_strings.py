import torch

x = torch.ones(3, device="cpu")  # (1)!
print(x.device == "cpu", x.dtype == "float32")
#> False False
print(x.device.type == "cpu", x.dtype == torch.float32)
#> True True

print(torch.device("cuda:0") == torch.device("cuda"))  # (2)!
#> False
print(torch.device("cuda").index, torch.device("cuda:0").index)
#> None 0
print(torch.device("cuda:0").type == torch.device("cuda").type)
#> True
