import torch

w = torch.randn(3, device="cpu", requires_grad=True)
m = torch.ones(3, device="meta")

for label, fn in [
    ("requires_grad", w.numpy),
    ("meta", m.numpy),
    ("item", m.sum().item),
]:
    try:
        fn()
    except (RuntimeError, TypeError, NotImplementedError) as e:
        print(label, "->", type(e).__name__, "-", str(e).splitlines()[0])
        #> requires_grad -> RuntimeError - Can't call numpy() on Tensor that requires grad. Use tensor.detach().numpy() instead.
        #> meta -> TypeError - can't convert meta device type tensor to numpy. Use Tensor.cpu() to copy the tensor to host memory first.
        #> item -> RuntimeError - Tensor.item() cannot be called on meta tensors

print(w.detach().cpu().numpy().shape)  # (1)!
#> (3,)
