import torch

device = "cuda" if torch.cuda.is_available() else "cpu"


def steps_over_lr(betas, n_small=3000, lr=0.1):
    w = torch.nn.Parameter(torch.zeros(1, device=device))
    opt = torch.optim.Adam([w], lr=lr, betas=betas)
    ratios = []
    for step in range(n_small + 1):
        g = 1.0 if step == n_small else 1e-3  # (1)!
        w.grad = torch.full_like(w, g)
        before = w.detach().clone()
        opt.step()
        ratios.append((before - w.detach()).abs() / lr)
    return [round(r.item(), 2) for r in (ratios[0], ratios[-2], ratios[-1])]


for betas in [(0.9, 0.999), (0.9, 0.95)]:
    limit = (1 - betas[0]) / (1 - betas[1]) ** 0.5  # (2)!
    print(betas, steps_over_lr(betas), round(limit, 2))
    #> (0.9, 0.999) [1.0, 1.0, 3.11] 3.16
    #> (0.9, 0.95) [1.0, 1.0, 0.45] 0.45
