import torch
import torch.nn.functional as F
from torch import nn

criterion = nn.CrossEntropyLoss()
logits = torch.tensor([[2.0, 0.5, -1.0]], requires_grad=True)
target = torch.tensor([0])

for name, fn in [("logits", lambda z: z), ("softmax", lambda z: F.softmax(z, dim=1))]:
    loss = criterion(fn(logits), target)
    (grad,) = torch.autograd.grad(loss, logits)
    print(name, round(loss.item(), 4), grad.round(decimals=4))  # (1)!
    #> logits 0.2413 tensor([[-0.2144,  0.1753,  0.0391]])
    #> softmax 0.7017 tensor([[-0.1292,  0.1068,  0.0225]])

perfect = torch.tensor([[1.0, 0.0, 0.0]])
print(round(criterion(perfect, target).item(), 4))  # (2)!
#> 0.5514
