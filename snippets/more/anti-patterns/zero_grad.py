import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
model = nn.Linear(2, 1, bias=False).to(device)
with torch.no_grad():
    model.weight.fill_(1.0)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.tensor([[1.0, 2.0]], device=device)

for step in range(3):
    model(x).sum().backward()  # (1)!
    print(step, model.weight.grad.tolist())
    #> 0 [[1.0, 2.0]]
    #> 1 [[2.0, 4.0]]
    #> 2 [[3.0, 6.0]]

for step in range(3):
    opt.zero_grad()  # (2)!
    model(x).sum().backward()
    print(step, model.weight.grad.tolist())
    #> 0 [[1.0, 2.0]]
    #> 1 [[1.0, 2.0]]
    #> 2 [[1.0, 2.0]]
