import torch
from torch import nn

feats = torch.zeros(8, 16, 5, 5)
print(feats.view(feats.size(0), -1).shape)
#> torch.Size([8, 400])
print(feats.flatten(1).shape)  # (1)!
#> torch.Size([8, 400])
print(nn.Flatten()(feats).shape)
#> torch.Size([8, 400])
print(feats.flatten().shape)
#> torch.Size([3200])

flat = feats.flatten(1)
print(flat.unflatten(1, (16, 5, 5)).shape)  # (2)!
#> torch.Size([8, 16, 5, 5])

images = torch.zeros(8, 3, 4, 4).to(memory_format=torch.channels_last)  # (3)!
print(images.is_contiguous(), images.flatten(1).shape)
#> False torch.Size([8, 48])
try:
    images.view(images.size(0), -1)
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - view size is not compatible with input tensor's size and stride
