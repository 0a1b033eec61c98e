import torch

OOM = torch.cuda.OutOfMemoryError
print(OOM is torch.OutOfMemoryError)
#> True
print([c.__name__ for c in OOM.__mro__])
#> ['OutOfMemoryError', 'RuntimeError', 'Exception', 'BaseException', 'object']
print([c.__name__ for c in torch.AcceleratorError.__mro__])  # (1)!
#> ['AcceleratorError', 'RuntimeError', 'Exception', 'BaseException', 'object']

try:
    torch.empty(2**50, dtype=torch.uint8, device="cpu")  # (2)!
except OOM:
    print("caught as OutOfMemoryError")
except RuntimeError as e:
    message = str(e).splitlines()[0]
    start = message.index("DefaultCPUAllocator")
    print(type(e).__name__, message[start:].split(": you")[0])
    #> RuntimeError DefaultCPUAllocator: can't allocate memory
