import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.Dropout(0.5)).to(device)
bn = model[1]
print([name for name, _ in model.named_buffers()])  # (1)!
#> ['1.running_mean', '1.running_var', '1.num_batches_tracked']
print(all(b.device.type == device for b in model.buffers()))
#> True
print(bn.num_batches_tracked.dtype)
#> torch.int64

x = torch.randn(16, 3, device=device)
model.train()
model(x)
model.eval()  # (2)!
with torch.inference_mode():
    out = model(x)
print(out.device.type == device, bn.num_batches_tracked.item())
#> True 1
