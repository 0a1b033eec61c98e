import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
model[2] = nn.Linear(8, 3, device="meta")  # (1)!
inputs = torch.randn(2, 4)

def devices_of(module):
    return sorted({str(t.device) for t in [*module.parameters(), *module.buffers()]})

print("model:", devices_of(model))  # (2)!
#> model: ['cpu', 'meta']
for name, p in model.named_parameters():
    if p.device != inputs.device:
        print("off:", name, p.device.type)
        #> off: 2.weight meta
        #> off: 2.bias meta

try:
    model.to(inputs.device)  # (3)!
except NotImplementedError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> NotImplementedError - Cannot copy out of meta tensor; no data! Please use torch.nn.Module.to_empty() instead of torch.nn.Module.to() when moving module from meta to a different device.

model[2].to_empty(device=inputs.device)  # (4)!
model[2].reset_parameters()
print("model:", len(devices_of(model)), model(inputs).shape)
#> model: 1 torch.Size([2, 3])
