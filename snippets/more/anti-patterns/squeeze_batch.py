import torch

batch = torch.zeros(1, 1, 28, 28)
print(tuple(batch.squeeze().shape))  # (1)!
#> (28, 28)
print(tuple(batch.squeeze(1).shape))  # (2)!
#> (1, 28, 28)
