import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.ones(1000, 1, device=device)
y = torch.ones(1000, device=device)
diff = x - y  # (1)!
print(diff.shape, diff.numel() * diff.element_size())
#> torch.Size([1000, 1000]) 4000000

scale = torch.tensor(2.0, device="cpu")  # (2)!
print((x * scale).device == x.device)
#> True

e = torch.zeros(64, device=device).expand(10_000, 64)  # (3)!
print(e.shape, e.untyped_storage().nbytes())
#> torch.Size([10000, 64]) 256
