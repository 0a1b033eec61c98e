import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3),
    nn.ReLU(),
    nn.Flatten(),
)

x = torch.ones(2, 1, 28, 28)
for name, layer in model.named_children():  # (1)!
    x = layer(x)
    print(name, type(layer).__name__, tuple(x.shape))
    #> 0 Conv2d (2, 8, 28, 28)
    #> 1 ReLU (2, 8, 28, 28)
    #> 2 MaxPool2d (2, 8, 14, 14)
    #> 3 Conv2d (2, 16, 12, 12)
    #> 4 ReLU (2, 16, 12, 12)
    #> 5 Flatten (2, 2304)

print(x.shape[1:].numel(), 16 * 12 * 12)  # (2)!
#> 2304 2304
model.append(nn.Linear(x.shape[1], 10))
print(model(torch.ones(2, 1, 28, 28)).shape)
#> torch.Size([2, 10])

h = 28
h = (h + 2 * 1 - 3) // 1 + 1
h = h // 2
h = (h - 3) // 1 + 1
print(h)  # (3)!
#> 12
