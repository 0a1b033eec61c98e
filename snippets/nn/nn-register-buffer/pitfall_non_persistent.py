import io

import torch
from torch import nn


class Standardize(nn.Module):
    def __init__(self, persistent):
        super().__init__()
        self.register_buffer("mean", torch.zeros(2), persistent=persistent)
        self.register_buffer("std", torch.ones(2), persistent=persistent)

    def forward(self, x):
        return (x - self.mean) / self.std


data = torch.tensor([[1.0, 10.0], [3.0, 30.0]])
for persistent in (False, True):
    model = Standardize(persistent)
    model.mean.copy_(data.mean(dim=0))  # (1)!
    model.std.copy_(data.std(dim=0))

    file = io.BytesIO()
    torch.save(model.state_dict(), file)
    file.seek(0)
    restored = Standardize(persistent)
    result = restored.load_state_dict(torch.load(file))  # (2)!
    print(persistent, list(model.state_dict()), result)
    #> False [] <All keys matched successfully>
    #> True ['mean', 'std'] <All keys matched successfully>
    print(restored.mean.tolist(), [round(v, 4) for v in restored.std.tolist()])
    #> [0.0, 0.0] [1.0, 1.0]
    #> [2.0, 20.0] [1.4142, 14.1421]
