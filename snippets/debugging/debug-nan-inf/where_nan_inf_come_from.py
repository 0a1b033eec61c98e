import torch

zero = torch.tensor(0.0)
inf = torch.tensor(float("inf"))
print(torch.log(zero), 1 / zero, zero / zero)
#> tensor(-inf) tensor(inf) tensor(nan)
print(torch.sqrt(torch.tensor(-1.0)), inf - inf, zero * inf)  # (1)!
#> tensor(nan) tensor(nan) tensor(nan)
print(torch.exp(torch.tensor([88.0, 89.0])))
#> tensor([1.6516e+38,        inf])

x = torch.tensor([0.0, 1.0], requires_grad=True)
torch.log(x).sum().backward()
print(x.grad)  # (2)!
#> tensor([inf, 1.])

print(torch.tensor(70000.0, dtype=torch.float16))  # (3)!
#> tensor(inf, dtype=torch.float16)
for dtype in (torch.float16, torch.bfloat16, torch.float32):
    fi = torch.finfo(dtype)
    print(dtype, f"max={fi.max:.4g}", f"tiny={fi.tiny:.3g}", f"eps={fi.eps:.3g}")
    #> torch.float16 max=6.55e+04 tiny=6.1e-05 eps=0.000977
    #> torch.bfloat16 max=3.39e+38 tiny=1.18e-38 eps=0.00781
    #> torch.float32 max=3.403e+38 tiny=1.18e-38 eps=1.19e-07

v = torch.tensor([1.0, float("inf"), float("nan"), -float("inf")])
print(torch.isfinite(v), torch.isnan(v), torch.isinf(v))  # (4)!
#> tensor([ True, False, False, False]) tensor([False, False,  True, False]) tensor([False,  True, False,  True])
print(torch.isfinite(v).all().item(), torch.nan_to_num(v))
#> False tensor([ 1.0000e+00,  3.4028e+38,  0.0000e+00, -3.4028e+38])
