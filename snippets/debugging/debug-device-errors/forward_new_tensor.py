import torch
from torch import nn

class AddOffset(nn.Module):
    def __init__(self, n):
        super().__init__()
        self.linear = nn.Linear(n, n)

    def forward(self, x):
        return self.linear(x) + torch.zeros(x.shape[-1])  # (1)!

class AddOffsetFixed(AddOffset):
    def forward(self, x):
        return self.linear(x) + torch.zeros(x.shape[-1], device=x.device)  # (2)!

for cls in (AddOffset, AddOffsetFixed):
    model = cls(4).to("meta")
    x = torch.empty(2, 4, device="meta")
    try:
        result = model(x).device
    except RuntimeError as e:
        result = f"{type(e).__name__} - {str(e).splitlines()[0]}"
    print(cls.__name__, "->", result)
    #> AddOffset -> RuntimeError - Tensor on device cpu is not on the expected device meta!
    #> AddOffsetFixed -> meta
