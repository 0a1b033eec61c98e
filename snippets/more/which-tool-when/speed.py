import warnings

import torch
from torch import nn

model = nn.Sequential(nn.Linear(3, 3), nn.ReLU())
x = torch.ones(2, 3)

with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    torch.jit.trace(model, x)  # (1)!
print(caught[0].category.__name__)
#> DeprecationWarning
for sentence in str(caught[0].message).split(". "):
    print(sentence)
    #> `torch.jit.trace` is deprecated
    #> Please switch to `torch.compile` or `torch.export`.

exported = torch.export.export(model, (x,))  # (2)!
print(type(exported).__name__, torch.allclose(exported.module()(x), model(x)))
#> ExportedProgram True

compiled = torch.compile(model)  # (3)!
print(type(compiled).__name__, compiled._orig_mod is model)
#> OptimizedModule True
