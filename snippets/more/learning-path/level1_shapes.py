import torch

a = torch.zeros(3, 1)
b = torch.zeros(4)
print((a + b).shape)  # (1)!
#> torch.Size([3, 4])
print(torch.broadcast_shapes((2, 1, 4), (3, 1)))
#> torch.Size([2, 3, 4])

images = torch.zeros(8, 32, 32, 3)
nchw = images.permute(0, 3, 1, 2)  # (2)!
print(nchw.shape, nchw.is_contiguous())
#> torch.Size([8, 3, 32, 32]) False

x = torch.arange(12)
print(x.view(3, 4).shape, x.reshape(2, -1).shape, x.unsqueeze(0).shape)
#> torch.Size([3, 4]) torch.Size([2, 6]) torch.Size([1, 12])

scores = torch.tensor([[0.1, 0.7, 0.2], [0.5, 0.3, 0.2]])
print(scores.argmax(dim=1), scores.sum(dim=0, keepdim=True).shape)  # (3)!
#> tensor([1, 0]) torch.Size([1, 3])
