import weakref

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.ones(1000, device=device, requires_grad=True)
refs = []


def pack(t):
    saved = t.detach()
    refs.append(weakref.ref(saved))
    return saved


def alive():
    return sum(r() is not None for r in refs)


with torch.autograd.graph.saved_tensors_hooks(pack, lambda saved: saved):  # (1)!
    loss = x.exp().sin().sum()
print(alive())
#> 2
loss.backward()
print(alive())
#> 0

refs.clear()
with torch.autograd.graph.saved_tensors_hooks(pack, lambda saved: saved):
    loss = x.exp().sin().sum()
loss.backward(retain_graph=True)
print(alive())
#> 2
del loss  # (2)!
print(alive())
#> 0
