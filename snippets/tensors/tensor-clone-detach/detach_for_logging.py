import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
inputs = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
targets = torch.tensor([1.0, 2.0])
opt = torch.optim.SGD([w], lr=0.02)

losses, shared, snapshots = [], [], []
for step in range(3):
    loss = ((inputs * w).sum(dim=1) - targets).pow(2).mean()
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.detach())  # (1)!
    shared.append(w.detach())  # (2)!
    snapshots.append(w.detach().clone())  # (3)!

print([round(v.item(), 3) for v in losses])
#> [0.5, 0.429, 0.416]
print(losses[0].requires_grad, losses[0].grad_fn)
#> False None
print([[round(v, 3) for v in s.tolist()] for s in shared])
#> [[2.023, -0.932], [2.023, -0.932], [2.023, -0.932]]
print([[round(v, 3) for v in s.tolist()] for s in snapshots])
#> [[2.02, -0.96], [2.025, -0.942], [2.023, -0.932]]
