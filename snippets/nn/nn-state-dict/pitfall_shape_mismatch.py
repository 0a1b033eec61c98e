import torch
from torch import nn

pretrained = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 10))
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3))  # (1)!

try:
    model.load_state_dict(pretrained.state_dict(), strict=False)  # (2)!
except RuntimeError as e:
    print(type(e).__name__)
    #> RuntimeError
    for line in str(e).replace(", the shape", "\nthe shape").splitlines():
        print(line.strip())
        #> Error(s) in loading state_dict for Sequential:
        #> size mismatch for 2.weight: copying a param with shape torch.Size([10, 16]) from checkpoint
        #> the shape in current model is torch.Size([3, 16]).
        #> size mismatch for 2.bias: copying a param with shape torch.Size([10]) from checkpoint
        #> the shape in current model is torch.Size([3]).

own = model.state_dict()
compatible = {
    k: v
    for k, v in pretrained.state_dict().items()
    if k in own and v.shape == own[k].shape
}  # (3)!
result = model.load_state_dict(compatible, strict=False)
print(result.missing_keys)
#> ['2.weight', '2.bias']
print(torch.equal(model[0].weight, pretrained[0].weight))
#> True
