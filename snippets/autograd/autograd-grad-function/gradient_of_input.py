import torch
from torch import nn

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
image = torch.rand(1, 4, requires_grad=True)
scores = model(image)
(saliency,) = torch.autograd.grad(scores[0, 2], image)  # (1)!
print(saliency.shape, model[0].weight.grad)
#> torch.Size([1, 4]) None

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
loss = (h**2).sum()
(g_h,) = torch.autograd.grad(loss, h)  # (2)!
print(h.is_leaf, g_h.tolist())
#> False [6.0, 12.0]

A = torch.tensor([[1.0, 2.0, 0.0], [0.0, 1.0, -1.0]])
z = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = A @ z**2
rows = torch.eye(2)
(J,) = torch.autograd.grad(y, z, grad_outputs=rows, is_grads_batched=True)  # (3)!
print(J.tolist())
#> [[2.0, 8.0, 0.0], [0.0, 4.0, -6.0]]
