import torch

print(torch.float is torch.float32, torch.double is torch.float64)  # (1)!
#> True True
print(torch.half is torch.float16, torch.long is torch.int64, torch.int is torch.int32)
#> True True True

for dt in [torch.float32, torch.float16, torch.bfloat16, torch.int64, torch.uint8]:
    print(dt, dt.itemsize, dt.is_floating_point)
    #> torch.float32 4 True
    #> torch.float16 2 True
    #> torch.bfloat16 2 True
    #> torch.int64 8 False
    #> torch.uint8 1 False

for dt in [torch.float32, torch.float16, torch.bfloat16]:
    info = torch.finfo(dt)  # (2)!
    print(dt, f"max={info.max:.4g}", f"eps={info.eps:.4g}")
    #> torch.float32 max=3.403e+38 eps=1.192e-07
    #> torch.float16 max=6.55e+04 eps=0.0009766
    #> torch.bfloat16 max=3.39e+38 eps=0.007812
print(torch.iinfo(torch.int32).max, torch.iinfo(torch.uint8).max)
#> 2147483647 255
