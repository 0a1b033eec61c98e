import torch
from torch import nn

device = "cuda"


class Projector(nn.Module):
    def __init__(self):
        super().__init__()
        self.plain = torch.eye(2)
        self.register_buffer("buffer", torch.eye(2))

    def forward(self, x):
        return x @ self.plain


model = Projector().to(device)
print(model.buffer.device.type, model.plain.device.type)
try:
    model(torch.ones(1, 2, device=device))
except RuntimeError as e:
    print(type(e).__name__)
