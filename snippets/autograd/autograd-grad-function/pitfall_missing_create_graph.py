import torch


def train_step(create_graph):
    w = torch.tensor([1.0, -1.0], requires_grad=True)
    inp = torch.tensor([0.5, 2.0], requires_grad=True)
    out = (w * inp).pow(2).sum()
    (g_inp,) = torch.autograd.grad(
        out, inp, create_graph=create_graph, retain_graph=True
    )
    penalty = g_inp.pow(2).sum()
    loss = out + penalty  # (1)!
    loss.backward()
    return penalty.requires_grad, w.grad.tolist()


print(train_step(create_graph=True))
#> (True, [4.5, -72.0])
print(train_step(create_graph=False))  # (2)!
#> (False, [0.5, -8.0])
