import torch
from torch import nn

classifier = nn.Linear(28 * 28, 10)
gray = torch.zeros(64, 1, 28, 28)
print(gray.view(-1, 28 * 28).shape)
#> torch.Size([64, 784])

rgb = torch.zeros(64, 3, 28, 28)  # (1)!
flat = rgb.view(-1, 28 * 28)
print(flat.shape, classifier(flat).shape)  # (2)!
#> torch.Size([192, 784]) torch.Size([192, 10])

targets = torch.zeros(64, dtype=torch.long)
try:
    nn.functional.cross_entropy(classifier(flat), targets)
except ValueError as e:
    print(type(e).__name__, "-", e)
    #> ValueError - Expected input batch_size (192) to match target batch_size (64).

try:
    classifier(rgb.flatten(1))  # (3)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - mat1 and mat2 shapes cannot be multiplied (64x2352 and 784x10)
