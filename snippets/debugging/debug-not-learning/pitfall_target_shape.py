import warnings

import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(64, 2)
y = x[:, 0] * 2.0 - x[:, 1] * 3.0 + 1.0
x, y = x.to(device), y.to(device)
print(y.shape, nn.Linear(2, 1).to(device)(x).shape)
#> torch.Size([64]) torch.Size([64, 1])


def train(target, steps=60):
    torch.manual_seed(0)
    model = nn.Linear(2, 1).to(device)
    optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
    curve = []
    for step in range(steps):
        optimizer.zero_grad()
        loss = nn.functional.mse_loss(model(x), target)  # (1)!
        loss.backward()
        optimizer.step()
        curve.append(round(loss.item(), 3))
    return curve[::20] + curve[-1:]


with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("broken", train(y))
    #> broken [14.178, 12.427, 12.427, 12.427]
print(caught[0].category.__name__, "-", str(caught[0].message).split(". ")[0])
#> UserWarning - Using a target size (torch.Size([64])) that is different to the input size (torch.Size([64, 1]))
print("fixed ", train(y.unsqueeze(1)))  # (2)!
#> fixed  [16.769, 0.011, 0.0, 0.0]

logits = torch.zeros(4, 2)
labels = torch.tensor([1, 2, 1, 2])  # (3)!
try:
    nn.functional.cross_entropy(logits, labels)
except IndexError as e:
    print(type(e).__name__, "-", e)
    #> IndexError - Target 2 is out of bounds.
print(round(nn.functional.cross_entropy(logits, labels - 1).item(), 3))
#> 0.693
