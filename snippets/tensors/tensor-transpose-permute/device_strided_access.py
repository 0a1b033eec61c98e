import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.zeros(8, 3, 32, 32, device=device)
y = x.permute(0, 2, 3, 1)  # (1)!
print(y.device == x.device, y.data_ptr() == x.data_ptr(), y.is_contiguous())
#> True True False

z = y.contiguous()  # (2)!
print(z.device == x.device, z.data_ptr() == x.data_ptr(), z.is_contiguous())
#> True False True

back = z.permute(0, 3, 1, 2)  # (3)!
print(back.shape, back.is_contiguous(memory_format=torch.channels_last))
#> torch.Size([8, 3, 32, 32]) True
print(back.stride() == x.to(memory_format=torch.channels_last).stride())
#> True
