import torch

for set_to_none in (True, False):
    a = torch.tensor([1.0, 1.0], requires_grad=True)
    b = torch.tensor([1.0, 1.0], requires_grad=True)
    opt = torch.optim.SGD([a, b], lr=0.1, momentum=0.9)
    (2 * a + 2 * b).sum().backward()
    opt.step()

    opt.zero_grad(set_to_none=set_to_none)
    (2 * a).sum().backward()  # (1)!
    before = b.detach().clone()
    opt.step()
    moved = not torch.equal(b, before)
    print(set_to_none, b.grad is None, moved, [round(v, 4) for v in b.tolist()])  # (2)!
    #> True True False [0.8, 0.8]
    #> False False True [0.62, 0.62]
