import torch
from torch import nn


class CenterInputs(nn.Module):
    def __init__(self, num_features, momentum=0.5):
        super().__init__()
        self.momentum = momentum
        self.register_buffer("mean", torch.zeros(num_features))

    def forward(self, x):
        if self.training:
            with torch.no_grad():  # (1)!
                self.mean.lerp_(x.mean(dim=0), self.momentum)
        return x - self.mean


center = CenterInputs(2)
for batch in ([[1.0, 2.0], [3.0, 6.0]], [[2.0, 4.0]]):
    center(torch.tensor(batch))
    print(center.mean.tolist())
    #> [1.0, 2.0]
    #> [1.5, 3.0]

center.eval()  # (2)!
print(center(torch.tensor([[2.0, 4.0]])).tolist(), center.mean.tolist())
#> [[0.5, 1.0]] [1.5, 3.0]

restored = CenterInputs(2)
restored.load_state_dict(center.state_dict())  # (3)!
print(restored.mean.tolist())
#> [1.5, 3.0]
