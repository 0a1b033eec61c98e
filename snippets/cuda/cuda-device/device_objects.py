import torch

d = torch.device("cuda:1")  # (1)!
print(repr(d))
#> device(type='cuda', index=1)
print(d.type, d.index, str(d))
#> cuda 1 cuda:1
print(torch.device("cuda", 1) == d)
#> True

print(repr(torch.device("cuda")), torch.device("cuda").index)  # (2)!
#> device(type='cuda') None
print(repr(torch.device("cpu")))
#> device(type='cpu')

try:
    torch.device("gpu")  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" device type ")[-1])
    #> RuntimeError - at start of device string: gpu
