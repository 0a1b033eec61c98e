import torch
from torch import nn

model = nn.Sequential(nn.Conv2d(3, 4, 3), nn.Flatten(), nn.Linear(4 * 6 * 6, 10))
img = torch.zeros(3, 8, 8)  # (1)!

try:
    model(img)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mat1 and mat2 shapes cannot be multiplied (4x36 and 144x10)

batch = img.unsqueeze(0)  # (2)!
out = model(batch)
print(batch.shape, out.shape)
#> torch.Size([1, 3, 8, 8]) torch.Size([1, 10])
print(out.squeeze(0).shape)  # (3)!
#> torch.Size([10])
