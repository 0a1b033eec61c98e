import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.ones(1024, device=device, dtype=torch.bfloat16))
opt = torch.optim.SGD([w], lr=0.1)

w.sum().backward()
print(w.grad.device == w.device, w.grad.dtype)  # (1)!
#> True torch.bfloat16

ptr = w.grad.data_ptr()
opt.zero_grad(set_to_none=False)
w.sum().backward()
print(w.grad.data_ptr() == ptr)  # (2)!
#> True

old = w.grad
opt.zero_grad()
print(w.grad is None)
#> True
w.sum().backward()
print(w.grad is old, w.grad.shape)  # (3)!
#> False torch.Size([1024])
