import torch

device = "cuda" if torch.cuda.is_available() else "cpu"

x = torch.tensor([0.0, 1.0, 2.0], device=device, requires_grad=True)
y = torch.sigmoid(x)
y.mul_(2)  # (1)!
print(y._version, y.device.type == device)
#> 1 True
try:
    y.sum().backward()
except RuntimeError as e:
    msg = str(e)
    print("modified by an inplace operation" in msg, "is at version 1" in msg)
    #> True True

y = torch.sigmoid(x) * 2  # (2)!
y.sum().backward()
print(x.grad.device.type == device, x.grad.shape)
#> True torch.Size([3])
