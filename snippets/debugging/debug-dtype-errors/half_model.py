import torch
from torch import nn

x = torch.randn(2, 3)
for name, layer in [("Linear", nn.Linear(3, 3)), ("LayerNorm", nn.LayerNorm(3))]:
    layer = layer.to(torch.bfloat16)  # (1)!
    try:
        layer(x)
    except RuntimeError as e:
        print(f"{name}: {str(e).splitlines()[0]}")
        #> Linear: mat1 and mat2 must have the same dtype, but got Float and BFloat16
        #> LayerNorm: mixed dtype (CPU): expect parameter to have scalar type of Float

try:
    nn.Linear(3, 3).half()(x)
except RuntimeError as e:
    print("half:", str(e).splitlines()[0])
    #> half: mat1 and mat2 must have the same dtype, but got Float and Half

layer = nn.Linear(3, 3).to(torch.bfloat16)
param_dtype = next(layer.parameters()).dtype  # (2)!
print(param_dtype, layer(x.to(param_dtype)).dtype)
#> torch.bfloat16 torch.bfloat16
