import torch
from torch import nn

model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1), nn.Sigmoid())
with torch.no_grad():
    model[0].weight.fill_(1e20)
    model[2].weight.fill_(1e20)

bad = []


def make_hook(name):
    def hook(module, inputs, output):
        if not torch.isfinite(output).all():  # (1)!
            bad.append(f"{name} ({type(module).__name__})")

    return hook


for name, module in model.named_children():
    module.register_forward_hook(make_hook(name))

out = model(torch.ones(4, 2))
print(torch.isfinite(out).all().item(), out[0])  # (2)!
#> True tensor([1.], grad_fn=<SelectBackward0>)
print(bad)  # (3)!
#> ['2 (Linear)']

out.sum().backward()
for name, p in model.named_parameters():
    print(name, torch.isfinite(p.grad).all().item(), p.grad.abs().max().item())  # (4)!
    #> 0.weight True 0.0
    #> 0.bias True 0.0
    #> 2.weight True 0.0
    #> 2.bias True 0.0
