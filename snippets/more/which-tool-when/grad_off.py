import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
backbone = nn.Linear(4, 4).to(device)
head = nn.Linear(4, 2).to(device)
x = torch.ones(2, 4, device=device)

with torch.no_grad():
    f_nograd = backbone(x)  # (1)!
with torch.inference_mode():
    f_infer = backbone(x)  # (2)!
f_detach = backbone(x).detach()  # (3)!

features = {"no_grad": f_nograd, "inference": f_infer, "detach": f_detach}
for name, f in features.items():
    try:
        head(f).sum().backward()
        result = "ok"
    except RuntimeError as e:
        result = f"{type(e).__name__} - {str(e).split('.')[0]}"
    print(name, result)
    #> no_grad ok
    #> inference RuntimeError - Inference tensors cannot be saved for backward
    #> detach ok

backbone.requires_grad_(False)  # (4)!
head.zero_grad()
head(backbone(x)).sum().backward()
print(backbone.weight.grad, head.weight.grad is not None)
#> None True
