import torch
from torch import nn

model = nn.Sequential(nn.Linear(256, 512), nn.ReLU(), nn.Linear(512, 10))
params = {p.data_ptr() for p in model.parameters()}


def forward_and_count(batch):
    saved = []

    def pack(t):
        saved.append(t)
        return t

    with torch.autograd.graph.saved_tensors_hooks(pack, lambda t: t):  # (1)!
        out = model(torch.randn(batch, 256))
    activations = {t.data_ptr(): t.numel() for t in saved if t.data_ptr() not in params}
    grad_fn = out.grad_fn.name() if out.grad_fn is not None else None
    return grad_fn, len(saved), sum(activations.values())  # (2)!


print(*forward_and_count(64))
#> AddmmBackward0 4 49152
print(*forward_and_count(128))
#> AddmmBackward0 4 98304
with torch.no_grad():
    print(*forward_and_count(128))
    #> None 0 0
with torch.inference_mode():
    print(*forward_and_count(128))
    #> None 0 0
