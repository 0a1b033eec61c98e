import torch

w = torch.tensor([1.5, -0.5], requires_grad=True)
c = torch.tensor([2.0, 3.0])

rows = {
    "c * 2": c * 2,
    "w * c": w * c,
    "w.sum() + c": w.sum() + c,
    "w.round()": w.round(),  # (1)!
    "w > 0": w > 0,  # (2)!
    "w.argmax()": w.argmax(),
    "w.long()": w.long(),
}
for expr, t in rows.items():
    print(f"{expr:<12} {t.requires_grad!s:<6} {t.dtype}")
    #> c * 2        False  torch.float32
    #> w * c        True   torch.float32
    #> w.sum() + c  True   torch.float32
    #> w.round()    True   torch.float32
    #> w > 0        False  torch.bool
    #> w.argmax()   False  torch.int64
    #> w.long()     False  torch.int64

w.round().sum().backward()
print(w.grad.tolist())
#> [0.0, 0.0]
