import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Linear(1, 2).to(device)
with torch.no_grad():
    model.weight.copy_(torch.tensor([[1.0], [-1.0]]))
    model.bias.zero_()

batches = [
    (torch.tensor([[-2.0], [-1.0]]), torch.tensor([1, 0])),
    (torch.tensor([[1.0], [3.0]]), torch.tensor([0, 0])),
]

model.eval()  # (1)!
correct = torch.zeros((), dtype=torch.long, device=device)
total = 0
with torch.inference_mode():
    for inputs, labels in batches:
        inputs, labels = inputs.to(device), labels.to(device)
        pred = model(inputs).argmax(dim=1)
        correct += (pred == labels).sum()  # (2)!
        total += labels.numel()
print(correct.item() / total)  # (3)!
#> 0.75
