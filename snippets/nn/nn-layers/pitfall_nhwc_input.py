import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3, padding=1)
images = torch.stack([torch.full((32, 32), float(c)) for c in range(3)], dim=-1)
batch = images.expand(4, 32, 32, 3)  # (1)!
print(batch.shape)
#> torch.Size([4, 32, 32, 3])

try:
    conv(batch)  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Given groups=1, weight of size [8, 3, 3, 3], expected input[4, 32, 32, 3] to have 3 channels, but got 32 channels instead

wrong = batch.reshape(4, 3, 32, 32)  # (3)!
right = batch.permute(0, 3, 1, 2)  # (4)!
print(wrong.shape, right.shape)
#> torch.Size([4, 3, 32, 32]) torch.Size([4, 3, 32, 32])
print(wrong[0, 0].unique().tolist(), right[0, 0].unique().tolist())
#> [0.0, 1.0, 2.0] [0.0]
print(conv(right).shape)
#> torch.Size([4, 8, 32, 32])
