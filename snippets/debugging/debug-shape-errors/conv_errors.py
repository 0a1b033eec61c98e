import torch
from torch import nn

conv = nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3)
inputs = {
    "gray": torch.ones(8, 1, 28, 28),
    "NHWC": torch.ones(8, 28, 28, 3),
    "2-D": torch.ones(28, 28),
    "5-D": torch.ones(2, 8, 3, 28, 28),
    "tiny": torch.ones(8, 3, 2, 2),
}
for name, x in inputs.items():
    try:
        conv(x)
    except RuntimeError as e:
        print(f"{name:4}", type(e).__name__, "-", str(e).splitlines()[0])
        #> gray RuntimeError - Given groups=1, weight of size [16, 3, 3, 3], expected input[8, 1, 28, 28] to have 3 channels, but got 1 channels instead
        #> NHWC RuntimeError - Given groups=1, weight of size [16, 3, 3, 3], expected input[8, 28, 28, 3] to have 3 channels, but got 28 channels instead
        #> 2-D  RuntimeError - Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [28, 28]
        #> 5-D  RuntimeError - Expected 3D (unbatched) or 4D (batched) input to conv2d, but got input of size: [2, 8, 3, 28, 28]
        #> tiny RuntimeError - Calculated padded input size per channel: (2 x 2). Kernel size: (3 x 3). Kernel size can't be greater than actual input size

print(conv(torch.ones(3, 28, 28)).shape)  # (1)!
#> torch.Size([16, 26, 26])
gray_conv = nn.Conv2d(1, 16, 3)
try:
    gray_conv(torch.ones(8, 28, 28))  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - Given groups=1, weight of size [16, 1, 3, 3], expected input[1, 8, 28, 28] to have 1 channels, but got 8 channels instead

print(conv(torch.ones(8, 28, 28, 3).permute(0, 3, 1, 2)).shape)  # (3)!
#> torch.Size([8, 16, 26, 26])
print(gray_conv(torch.ones(8, 28, 28).unsqueeze(1)).shape)
#> torch.Size([8, 16, 26, 26])
print(conv(torch.ones(2, 8, 3, 28, 28).flatten(0, 1)).shape)
#> torch.Size([16, 16, 26, 26])
