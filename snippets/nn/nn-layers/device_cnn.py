import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(
    nn.Conv2d(3, 8, kernel_size=3, padding=1),
    nn.GELU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.LazyLinear(10),
).to(device)  # (1)!

with torch.no_grad():
    model(torch.zeros(1, 3, 32, 32, device=device))  # (2)!
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)  # (3)!

images = torch.randn(4, 32, 32, 3).to(device)  # (4)!
logits = model(images.permute(0, 3, 1, 2))
print(model[-1].weight.shape, model[-1].weight.device.type == device)
#> torch.Size([10, 2048]) True
print(logits.shape, logits.device.type == device)
#> torch.Size([4, 10]) True
