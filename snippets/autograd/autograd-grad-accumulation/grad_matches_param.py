import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.zeros(2, device=device, dtype=torch.float64, requires_grad=True)
(w * 2).sum().backward()
print(w.grad.device == w.device, w.grad.dtype)  # (1)!
#> True torch.float64

bad_grads = [
    torch.zeros(3, device=device, dtype=torch.float64),
    torch.zeros(2, device=device),
]
for bad in bad_grads:
    try:
        w.grad = bad  # (2)!
    except RuntimeError as e:
        print(type(e).__name__, "-", str(e).split(". ")[0])
        #> RuntimeError - attempting to assign a gradient of size '[3]' to a tensor of size '[2]'
        #> RuntimeError - attempting to assign a gradient with dtype 'float' to a tensor with grad_dtype 'Double'

w.grad = torch.ones(2, device=device, dtype=torch.float64)
print(w.grad.tolist())
#> [1.0, 1.0]
