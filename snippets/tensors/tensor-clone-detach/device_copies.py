import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
c, d = x.clone(), x.detach()
print(c.device == x.device, d.device == x.device)
#> True True
print(c.data_ptr() == x.data_ptr(), d.data_ptr() == x.data_ptr())
#> False True
print(x.cpu().requires_grad, x.detach().cpu().requires_grad)
#> True False
print(x.detach().cpu().numpy().tolist())
#> [1.0, 2.0, 3.0]

on_cpu = torch.tensor([1.0, 2.0, 3.0], device="cpu", requires_grad=True)
try:
    on_cpu.numpy()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.

print(on_cpu.cpu() is on_cpu)
#> True
arr = on_cpu.detach().cpu().numpy()  # (1)!
arr[0] = 100.0
print(on_cpu.tolist())
#> [100.0, 2.0, 3.0]
