import torch

try:
    torch.tensor([1, 2, 3], requires_grad=True)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - Only Tensors of floating point and complex dtype can require gradients
try:
    torch.arange(3).requires_grad_()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - only Tensors of floating point dtype can require gradients

counts = torch.tensor([4, 6, 8])
in_place = {"add_": lambda: counts.add_(0.5), "div_": lambda: counts.div_(2)}
for name, op in in_place.items():
    try:
        op()  # (2)!
    except RuntimeError as e:
        print(f"{name}: {str(e).splitlines()[0]}")
        #> add_: result type Float can't be cast to the desired output type Long
        #> div_: result type Float can't be cast to the desired output type Long
try:
    counts.mean()  # (3)!
except RuntimeError as e:
    print("mean:", str(e).splitlines()[0])
    #> mean: mean(): could not infer output dtype. Input dtype must be either a floating point or complex dtype. Got: Long

w = torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True)  # (4)!
ratio = counts / 2
print(w.dtype, w.requires_grad, ratio.dtype, ratio.tolist())
#> torch.float32 True torch.float32 [2.0, 3.0, 4.0]
print(counts.float().mean().item())
#> 6.0
print(counts.div_(2, rounding_mode="floor").tolist(), counts.dtype)  # (5)!
#> [2, 3, 4] torch.int64
