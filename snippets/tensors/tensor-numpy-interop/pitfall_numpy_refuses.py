import torch

w = torch.ones(2, requires_grad=True, device="cpu")  # (1)!
try:
    w.numpy()
except RuntimeError as e:
    print(type(e).__name__, "-", e)
    #> RuntimeError - Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
print(w.detach().numpy().tolist(), w.numpy(force=True).tolist())
#> [1.0, 1.0] [1.0, 1.0]

with torch.no_grad():
    a = w.numpy()  # (2)!
a[0] = 5.0
print(w.tolist(), w.requires_grad)
#> [5.0, 1.0] True

b = torch.ones(2, dtype=torch.bfloat16, device="cpu")
try:
    b.numpy(force=True)  # (3)!
except TypeError as e:
    print(type(e).__name__, "-", e)
    #> TypeError - Got unsupported ScalarType BFloat16
print(b.float().numpy().dtype)
#> float32
