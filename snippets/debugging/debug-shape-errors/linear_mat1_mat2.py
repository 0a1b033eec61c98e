import torch
from torch import nn

torch.manual_seed(0)
images = torch.randn(8, 1, 28, 28)
classifier = nn.Linear(784, 10)

try:
    classifier(images)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - mat1 and mat2 shapes cannot be multiplied (224x28 and 784x10)

print(images.shape[:-1].numel(), images.shape[-1])  # (2)!
#> 224 28
print(tuple(classifier.weight.T.shape))  # (3)!
#> (784, 10)

flat = images.flatten(start_dim=1)  # (4)!
print(flat.shape, classifier(flat).shape)
#> torch.Size([8, 784]) torch.Size([8, 10])
