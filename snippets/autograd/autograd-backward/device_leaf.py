import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.randn(3, device=device, requires_grad=True)  # (1)!
x = torch.ones(3, device=device)
(w * x).sum().backward()
print(w.is_leaf, w.grad.device == w.device, w.grad.tolist())
#> True True [1.0, 1.0, 1.0]

cpu_w = torch.randn(3, device="cpu", requires_grad=True)
print(cpu_w.to("cpu").is_leaf)  # (2)!
#> True
converted = cpu_w.to(torch.float64)
print(converted.is_leaf, type(converted.grad_fn).__name__)
#> False ToCopyBackward0
