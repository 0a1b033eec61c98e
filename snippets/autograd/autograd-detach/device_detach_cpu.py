import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.randn(3, device=device, requires_grad=True)
d = x.detach()
print(d.device == x.device, d.data_ptr() == x.data_ptr())  # (1)!
#> True True

print(x.cpu().requires_grad)  # (2)!
#> True
a = x.detach().cpu()
b = x.cpu().detach()
print(a.requires_grad, b.requires_grad, torch.equal(a, b))
#> False False True
print(a.numpy().shape)
#> (3,)
