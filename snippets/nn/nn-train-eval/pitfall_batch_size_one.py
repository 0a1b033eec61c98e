import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4))
x = torch.randn(1, 3)

try:
    model(x)  # (1)!
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - Expected more than 1 value per channel when training, got input size torch.Size([1, 4])

model.eval()
print(model(x).shape)  # (2)!
#> torch.Size([1, 4])

conv_bn = nn.BatchNorm2d(4)
print(conv_bn(torch.randn(1, 4, 2, 2)).shape)  # (3)!
#> torch.Size([1, 4, 2, 2])

loader = torch.utils.data.DataLoader(torch.randn(9, 3), batch_size=4, drop_last=True)
print([batch.shape[0] for batch in loader])  # (4)!
#> [4, 4]
