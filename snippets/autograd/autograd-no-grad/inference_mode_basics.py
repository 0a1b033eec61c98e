import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)

with torch.no_grad():
    a = x * 2
with torch.inference_mode():
    b = x * 2
    print(torch.is_inference_mode_enabled(), torch.is_grad_enabled())
    #> True False

print(a.requires_grad, b.requires_grad)
#> False False
print(a.is_inference(), b.is_inference())  # (1)!
#> False True
print(a._version)
#> 0
try:
    b._version  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Inference tensors do not track version counter.


@torch.inference_mode()
def evaluate(t):
    return (t * 2).sum()


print(evaluate(x).is_inference())
#> True
print((a * x).sum().requires_grad)  # (3)!
#> True
