import torch

target = torch.tensor([1.0, -2.0])
w = torch.zeros(2, requires_grad=True)
lr = 0.25

for step in range(3):
    loss = ((w - target) ** 2).sum()
    loss.backward()
    with torch.no_grad():  # (1)!
        w -= lr * w.grad
    w.grad = None  # (2)!
    print(step, w.tolist(), w.is_leaf, w.requires_grad)
    #> 0 [0.5, -1.0] True True
    #> 1 [0.75, -1.5] True True
    #> 2 [0.875, -1.75] True True
