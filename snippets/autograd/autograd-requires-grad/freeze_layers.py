import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
model[0].requires_grad_(False)  # (1)!

print([name for name, p in model.named_parameters() if p.requires_grad])
#> ['2.weight', '2.bias']
trainable = [p for p in model.parameters() if p.requires_grad]
print(sum(p.numel() for p in trainable), sum(p.numel() for p in model.parameters()))
#> 18 58

opt = torch.optim.SGD(trainable, lr=0.1)  # (2)!
frozen_before = model[0].weight.detach().clone()
head_before = model[2].weight.detach().clone()

x = torch.randn(5, 4)
hidden = model[0](x)
print(hidden.requires_grad, model(x).requires_grad)  # (3)!
#> False True

loss = model(x).pow(2).mean()
loss.backward()
print(model[0].weight.grad, tuple(model[2].weight.grad.shape))
#> None (2, 8)
opt.step()
print(torch.equal(frozen_before, model[0].weight))
#> True
print(torch.equal(head_before, model[2].weight))
#> False
