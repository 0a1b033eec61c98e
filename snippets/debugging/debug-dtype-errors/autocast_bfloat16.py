import torch
from torch import nn

torch.manual_seed(0)
encoder = nn.Linear(3, 2)
head = nn.Linear(2, 2)
x = torch.randn(4, 3)

with torch.autocast("cpu", dtype=torch.bfloat16):
    h = encoder(x)  # (1)!
    print(h.dtype, encoder.weight.dtype)
    #> torch.bfloat16 torch.float32
    memory = torch.zeros(4, 2)
    try:
        memory[torch.tensor([0, 1])] = h[:2]  # (2)!
    except RuntimeError as e:
        print(str(e).splitlines()[0])
        #> Index put requires the source and destination dtypes match, got Float for the destination and BFloat16 for the source.
    memory[:2] = h[:2]
    print(memory.dtype)
    #> torch.float32

try:
    head(h)  # (3)!
except RuntimeError as e:
    print(str(e).splitlines()[0])
    #> mat1 and mat2 must have the same dtype, but got BFloat16 and Float
try:
    h.detach().numpy()
except TypeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> TypeError - Got unsupported ScalarType BFloat16

with torch.autocast("cpu", dtype=torch.bfloat16):
    h = encoder(x)
    memory[torch.tensor([0, 1])] = h[:2].to(memory.dtype)  # (4)!
    out = head(h)
print(out.dtype, head(h.float()).dtype, h.float().detach().numpy().dtype)  # (5)!
#> torch.bfloat16 torch.float32 float32
