import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
amp_dtype = torch.float16 if device == "cuda" else torch.bfloat16  # (1)!

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(8, 16), nn.ReLU(), nn.Linear(16, 3)).to(device)
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
scaler = torch.amp.GradScaler(device, enabled=(device == "cuda"))  # (2)!
x = torch.randn(32, 8).to(device)
y = torch.randint(0, 3, (32,)).to(device)

for step in range(3):
    optimizer.zero_grad()
    with torch.autocast(device_type=device, dtype=amp_dtype):  # (3)!
        logits = model(x)
        loss = nn.functional.cross_entropy(logits, y)
    scaler.scale(loss).backward()  # (4)!
    scaler.unscale_(optimizer)
    nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)
    scaler.step(optimizer)
    scaler.update()

print(logits.dtype == amp_dtype, loss.dtype)
#> True torch.float32
print(model[0].weight.dtype, model[0].weight.grad.dtype)
#> torch.float32 torch.float32
print(scaler.is_enabled() == (device == "cuda"))
#> True
