import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

class_weight = torch.tensor([1.0, 1.0, 3.0])
criterion = nn.CrossEntropyLoss(weight=class_weight).to(device)  # (1)!
print([name for name, _ in criterion.named_buffers()])
#> ['weight']
print(criterion.weight.device.type == device)
#> True

model = nn.Linear(4, 3).to(device)
inputs = torch.randn(8, 4).to(device)
labels = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1]).to(device)  # (2)!
loss = criterion(model(inputs), labels)
loss.backward()
print(loss.device.type == device, loss.shape, loss.dtype)
#> True torch.Size([]) torch.float32
print(model.weight.grad.device.type == device)
#> True
