import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Linear(3, 2).to(device)  # (1)!
batch = {"x": torch.randn(5, 3), "y": torch.tensor([0, 1, 1, 0, 1])}
batch = {k: v.to(device) for k, v in batch.items()}  # (2)!

logits = model(batch["x"])
pred = logits.argmax(dim=1)
host = pred.cpu()  # (3)!
print(logits.device.type == device, host.device)
#> True cpu
print(host.shape, host.dtype)
#> torch.Size([5]) torch.int64
print(type(logits.detach().cpu().numpy()).__name__)  # (4)!
#> ndarray
