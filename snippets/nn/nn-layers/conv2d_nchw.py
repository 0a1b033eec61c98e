import torch
from torch import nn

conv = nn.Conv2d(in_channels=3, out_channels=16, kernel_size=3, stride=2, padding=1)
print(conv.weight.shape, conv.bias.shape)  # (1)!
#> torch.Size([16, 3, 3, 3]) torch.Size([16])

x = torch.randn(8, 3, 32, 32)  # (2)!
print(conv(x).shape)
#> torch.Size([8, 16, 16, 16])


def conv_out(size, kernel, stride=1, padding=0, dilation=1):
    return (size + 2 * padding - dilation * (kernel - 1) - 1) // stride + 1  # (3)!


configs = [(3, 1, 0, 1), (3, 1, 1, 1), (3, 2, 1, 1), (5, 2, 0, 1), (3, 1, 2, 2)]
for k, s, p, d in configs:
    layer = nn.Conv2d(3, 4, kernel_size=k, stride=s, padding=p, dilation=d)
    actual = layer(torch.randn(1, 3, 28, 28)).shape[-1]
    print(k, s, p, d, conv_out(28, k, s, p, d), actual)
    #> 3 1 0 1 26 26
    #> 3 1 1 1 28 28
    #> 3 2 1 1 14 14
    #> 5 2 0 1 12 12
    #> 3 1 2 2 28 28

same = nn.Conv2d(3, 4, kernel_size=5, padding="same")  # (4)!
print(same(torch.randn(1, 3, 28, 28)).shape)
#> torch.Size([1, 4, 28, 28])
