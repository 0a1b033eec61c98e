import torch

print(torch.finfo(torch.float16).tiny, torch.finfo(torch.bfloat16).tiny)  # (1)!
#> 6.103515625e-05 1.1754943508222875e-38
small = torch.tensor(1e-8)
print(small.half().item(), f"{small.bfloat16().item():.3e}")
#> 0.0 1.001e-08

w = torch.ones(3, requires_grad=True)


def loss_fn():
    h = w.half() * 1e-4  # (2)!
    return h.sum().float() * 1e-4


loss_fn().backward()
print(w.grad.tolist())  # (3)!
#> [0.0, 0.0, 0.0]

w.grad = None
scale = 65536.0
(loss_fn() * scale).backward()  # (4)!
print([f"{g:.3e}" for g in (w.grad / scale).tolist()])
#> ['1.000e-08', '1.000e-08', '1.000e-08']
