import torch
from torch import nn

model = nn.Linear(2, 1)
params = model.parameters()
print(sum(p.numel() for p in params))  # (1)!
#> 3

attempts = {
    "exhausted": lambda: torch.optim.SGD(params, lr=0.1),
    "module": lambda: torch.optim.SGD([model], lr=0.1),
    "non-leaf": lambda: torch.optim.SGD(
        [torch.randn(3, requires_grad=True) * 0.01], lr=0.1  # (2)!
    ),
}
for name, make in attempts.items():
    try:
        make()
    except (ValueError, TypeError) as e:
        print(name, type(e).__name__, "-", str(e).splitlines()[0])
        #> exhausted ValueError - optimizer got an empty parameter list
        #> module TypeError - optimizer can only optimize Tensors, but one of the params is torch.nn.modules.linear.Linear
        #> non-leaf ValueError - can't optimize a non-leaf Tensor

w = (torch.randn(3) * 0.01).requires_grad_()  # (3)!
print(w.is_leaf, len(torch.optim.SGD([w], lr=0.1).param_groups[0]["params"]))
#> True 1
