import torch

print(torch.cuda.is_available())
#> False
print(torch.cuda.memory_allocated())  # (1)!
#> 0
try:
    torch.cuda.memory_summary()
except KeyError as e:
    print(type(e).__name__, e)
    #> KeyError 'allocated_bytes.all.current'
try:
    torch.zeros(1, device="cuda")  # (2)!
except (AssertionError, RuntimeError) as e:
    print(type(e).__name__, str(e).splitlines()[0])
    #> AssertionError Torch not compiled with CUDA enabled
