import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
loss = (x * x).sum()  # (1)!
loss.backward()
print(x.grad.tolist())
#> [2.0, 4.0, 6.0]

try:
    loss.backward()
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).split(" (")[0])
    #> RuntimeError - Trying to backward through the graph a second time

x.grad = None
loss = (x * x).sum()
loss.backward(retain_graph=True)  # (2)!
loss.backward()
print(x.grad.tolist())  # (3)!
#> [4.0, 8.0, 12.0]
