import torch
from torch import nn
from torch.utils.data import DataLoader

torch.manual_seed(123)
a = torch.randn(4)
torch.manual_seed(123)
b = torch.randn(4)
print(torch.equal(a, b))  # (1)!
#> True


def batch_order(seed):
    g = torch.Generator().manual_seed(seed)
    loader = DataLoader(range(6), batch_size=3, shuffle=True, generator=g)
    return [batch.tolist() for batch in loader]


print(batch_order(0) == batch_order(0), batch_order(0) == batch_order(1))  # (2)!
#> True False
print(torch.are_deterministic_algorithms_enabled())
#> False

model = nn.Sequential(nn.Flatten(), nn.Linear(12, 5), nn.ReLU(), nn.Linear(5, 2))
shapes = []


def record(module, inputs, output):
    shapes.append((type(module).__name__, tuple(output.shape)))


for layer in model:
    layer.register_forward_hook(record)  # (3)!
model(torch.zeros(2, 3, 4))
print(shapes)
#> [('Flatten', (2, 12)), ('Linear', (2, 5)), ('ReLU', (2, 5)), ('Linear', (2, 2))]
