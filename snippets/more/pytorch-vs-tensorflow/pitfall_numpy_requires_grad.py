import torch

w = torch.ones(3, requires_grad=True)
loss = (w * 2).sum()
try:
    w.numpy()  # (1)!
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
print(w.detach().numpy().tolist(), loss.item())  # (2)!
#> [1.0, 1.0, 1.0] 6.0
