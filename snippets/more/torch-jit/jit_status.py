import io
import warnings

import torch


def double(x):
    return x * 2


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")  # (1)!
    scripted = torch.jit.script(torch.nn.Linear(2, 2))
    torch.jit.trace(double, (torch.ones(2),))
    buffer = io.BytesIO()
    torch.jit.save(scripted, buffer)
    buffer.seek(0)
    torch.jit.load(buffer)

seen = []
for w in caught:
    line = (w.category.__name__, str(w.message))
    if line not in seen:
        seen.append(line)
for category, message in seen:
    print(category, "-", message)  # (2)!
    #> DeprecationWarning - `torch.jit.script` is deprecated. Please switch to `torch.compile` or `torch.export`.
    #> DeprecationWarning - `torch.jit.trace` is deprecated. Please switch to `torch.compile` or `torch.export`.
    #> DeprecationWarning - `torch.jit.save` is deprecated. Please switch to `torch.export`.
    #> DeprecationWarning - `torch.jit.load` is deprecated. Please switch to `torch.export`.
