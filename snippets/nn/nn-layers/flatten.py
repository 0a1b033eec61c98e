import torch
from torch import nn

x = torch.randn(8, 16, 4, 4)
flat = nn.Flatten()  # (1)!
print(flat(x).shape, torch.equal(flat(x), x.flatten(1)))
#> torch.Size([8, 256]) True
print(torch.flatten(x).shape)  # (2)!
#> torch.Size([2048])
print(nn.Flatten(start_dim=2)(x).shape)  # (3)!
#> torch.Size([8, 16, 16])

model = nn.Sequential(
    nn.Conv2d(3, 16, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Flatten(),
    nn.Linear(16 * 16 * 16, 10),  # (4)!
)
print(model(torch.randn(8, 3, 32, 32)).shape)
#> torch.Size([8, 10])
