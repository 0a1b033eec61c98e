import torch

print(torch.cuda.is_available(), torch.version.cuda)  # (1)!
#> False None

for label, fn in [
    (".cuda()", lambda: torch.ones(2).cuda()),
    (".to('cuda')", lambda: torch.ones(2).to("cuda")),
    ("device='cuda'", lambda: torch.zeros(2, device="cuda")),
]:
    try:
        fn()
    except (AssertionError, RuntimeError) as e:
        print(label, "->", type(e).__name__, "-", str(e).splitlines()[0])
        #> .cuda() -> AssertionError - Torch not compiled with CUDA enabled
        #> .to('cuda') -> AssertionError - Torch not compiled with CUDA enabled
        #> device='cuda' -> AssertionError - Torch not compiled with CUDA enabled

device = "cuda" if torch.cuda.is_available() else "cpu"  # (2)!
print(torch.ones(2).to(device).device)
#> cpu
