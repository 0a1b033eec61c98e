import numpy as np
import torch

a = np.zeros((2, 3, 4))
print(a.transpose(2, 0, 1).shape)  # (1)!
#> (4, 2, 3)

x = torch.zeros(2, 3, 4)
try:
    x.transpose(2, 0, 1)
except TypeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> TypeError - transpose() takes 2 positional arguments but 3 were given
print(x.permute(2, 0, 1).shape)
#> torch.Size([4, 2, 3])

try:
    x.permute(1, 0)  # (2)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(": ", 1)[1].split(" i.e.")[0])
    #> RuntimeError - number of dimensions in the tensor input does not match the length of the desired ordering of dimensions
