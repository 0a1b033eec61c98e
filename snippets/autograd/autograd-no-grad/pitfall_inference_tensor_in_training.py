import torch
from torch import nn

backbone = nn.Linear(4, 3)
head = nn.Linear(3, 1)
x = torch.randn(8, 4)

with torch.inference_mode():
    features = backbone(x)  # (1)!

try:
    head(features).pow(2).mean().backward()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(". ")[0])
    #> RuntimeError - Inference tensors cannot be saved for backward

head(features.clone()).pow(2).mean().backward()  # (2)!
print(head.weight.grad is not None)
#> True

with torch.no_grad():
    features = backbone(x)  # (3)!
head(features).pow(2).mean().backward()
print(features.is_inference(), backbone.weight.grad)
#> False None
