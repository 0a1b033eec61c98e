import torch
from torch import nn

generator = nn.Linear(2, 2)
discriminator = nn.Linear(2, 1)
z = torch.randn(4, 2)

fake = generator(z)
d_loss = discriminator(fake.detach()).mean()  # (1)!
d_loss.backward()
print(discriminator.weight.grad is None, generator.weight.grad is None)
#> False True

g_loss = -discriminator(fake).mean()  # (2)!
g_loss.backward()
print(generator.weight.grad is None)
#> False

generator.zero_grad()
fake = generator(z)
discriminator(fake).mean().backward()  # (3)!
print(generator.weight.grad is None)
#> False
try:
    (-discriminator(fake).mean()).backward()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - Trying to backward through the graph a second time
