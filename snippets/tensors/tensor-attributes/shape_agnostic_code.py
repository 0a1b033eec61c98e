import torch

images = torch.zeros(8, 3, 32, 32)
batch, channels, height, width = images.shape  # (1)!
print(batch, channels, height, width)
#> 8 3 32 32

flat = images.reshape(images.shape[0], -1)  # (2)!
print(flat.shape, images[0].numel())
#> torch.Size([8, 3072]) 3072

scores = torch.zeros(batch, 10, dtype=images.dtype, device=images.device)  # (3)!
print(scores.shape, scores.dtype, scores.device == images.device)
#> torch.Size([8, 10]) torch.float32 True
mask = images.new_ones(batch, dtype=torch.bool)
print(mask.shape, mask.dtype, mask.device == images.device)
#> torch.Size([8]) torch.bool True
