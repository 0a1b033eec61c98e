import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"

model = nn.Sequential(nn.Flatten(), nn.Linear(784, 10)).to(device)
x = torch.ones(8, 28, 28, device=device)
print(model(x).shape, model(x).device.type == device)
#> torch.Size([8, 10]) True

wrong = nn.Linear(784, 10).to(device)
try:
    wrong(x)  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> RuntimeError - mat1 and mat2 shapes cannot be multiplied (224x28 and 784x10)
