import torch
from torch import nn


class ResidualMLP(nn.Module):
    def __init__(self, width, depth):
        super().__init__()
        self.blocks = nn.ModuleList(nn.Linear(width, width) for _ in range(depth))
        self.norms = nn.ModuleList(nn.LayerNorm(width) for _ in range(depth))

    def forward(self, x):
        outputs = []
        for block, norm in zip(self.blocks, self.norms):  # (1)!
            x = x + torch.relu(block(norm(x)))  # (2)!
            outputs.append(x)
        return x, outputs


model = ResidualMLP(width=6, depth=3)
out, outputs = model(torch.randn(2, 6))
print(out.shape, len(outputs))
#> torch.Size([2, 6]) 3
print(len(model.blocks), type(model.blocks[1]).__name__)
#> 3 Linear
print([name for name, _ in model.named_parameters()][:4])  # (3)!
#> ['blocks.0.weight', 'blocks.0.bias', 'blocks.1.weight', 'blocks.1.bias']
model.blocks.append(nn.Linear(6, 6))
print(len(model.blocks), sum(p.numel() for p in model.blocks.parameters()))
#> 4 168
