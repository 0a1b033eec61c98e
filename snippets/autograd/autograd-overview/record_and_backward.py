import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
b = torch.tensor(0.5, requires_grad=True)
x = torch.tensor([3.0, 4.0])

y = (w * x).sum() + b  # (1)!
loss = (y - 1.0) ** 2

print(f"{'name':<5} {'requires_grad':<14} {'is_leaf':<8} grad_fn")
#> name  requires_grad  is_leaf  grad_fn
for name, t in [("w", w), ("b", b), ("x", x), ("y", y), ("loss", loss)]:
    fn = t.grad_fn.name() if t.grad_fn is not None else None
    print(f"{name:<5} {t.requires_grad!s:<14} {t.is_leaf!s:<8} {fn}")
    #> w     True           True     None
    #> b     True           True     None
    #> x     False          True     None
    #> y     True           False    AddBackward0
    #> loss  True           False    PowBackward0

print(w.grad, b.grad)  # (2)!
#> None None
loss.backward()
print(w.grad.tolist(), b.grad.item(), x.grad)
#> [9.0, 12.0] 3.0 None

dy = 2 * (y.item() - 1.0)  # (3)!
print((dy * x).tolist(), dy)
#> [9.0, 12.0] 3.0
