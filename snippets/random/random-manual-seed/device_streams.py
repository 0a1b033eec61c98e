import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

torch.manual_seed(0)
a = torch.rand(3, device=device)
torch.manual_seed(0)
b = torch.rand(3, device=device)
print(torch.equal(a, b), a.device.type == device)  # (1)!
#> True True

g = torch.Generator(device=device).manual_seed(0)
c = torch.rand(3, device=device, generator=g)  # (2)!
print(g.device.type == device, c.device.type == device)
#> True True
