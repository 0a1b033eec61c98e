import torch
from torch import nn

conv = nn.Conv2d(3, 8, kernel_size=3)
images_nhwc = torch.zeros(2, 32, 32, 3)  # (1)!
try:
    conv(images_nhwc)
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Given groups=1, weight of size [8, 3, 3, 3], expected input[2, 32, 32, 3] to have 3 channels, but got 32 channels instead

images = images_nhwc.permute(0, 3, 1, 2)  # (2)!
print(tuple(images.shape), tuple(conv(images).shape))
#> (2, 3, 32, 32) (2, 8, 30, 30)
