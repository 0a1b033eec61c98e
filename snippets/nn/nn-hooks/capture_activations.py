import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(1, 4, kernel_size=3),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(4 * 6 * 6, 10),
)
activations = {}


def save_output(name):
    def hook(module, args, output):  # (1)!
        activations[name] = output.detach()  # (2)!

    return hook


handles = [
    module.register_forward_hook(save_output(name))
    for name, module in model.named_children()
]
logits = model(torch.randn(2, 1, 8, 8))
for name, act in activations.items():
    print(name, type(model[int(name)]).__name__, tuple(act.shape), act.requires_grad)
    #> 0 Conv2d (2, 4, 6, 6) False
    #> 1 ReLU (2, 4, 6, 6) False
    #> 2 Flatten (2, 144) False
    #> 3 Linear (2, 10) False
print(torch.equal(activations["3"], logits.detach()))
#> True

for handle in handles:
    handle.remove()  # (3)!
activations.clear()
model(torch.randn(2, 1, 8, 8))
print(len(activations))
#> 0
