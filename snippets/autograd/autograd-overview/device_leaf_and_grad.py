import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

w = torch.randn(3, device=device, requires_grad=True)  # (1)!
x = torch.tensor([1.0, 2.0, 3.0], device=device)
loss = (w * x).sum()
print(w.is_leaf, loss.device == w.device)
#> True True

loss.backward()
print(w.grad.device == w.device, w.grad.dtype)
#> True torch.float32
print(w.grad.tolist())
#> [1.0, 2.0, 3.0]
