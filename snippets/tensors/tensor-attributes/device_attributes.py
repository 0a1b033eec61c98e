import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.ones(2, 3, device=device)
print(x.device)  # (1)!
#> cpu
print(x.device.type)
#> cpu

on_gpu = x.device.type == "cuda"  # (2)!
print(on_gpu == x.is_cuda, on_gpu == torch.cuda.is_available())
#> True True

y = torch.zeros(2, 3, device=device)
print(x.device == y.device, x.shape, x.dtype)  # (3)!
#> True torch.Size([2, 3]) torch.float32
