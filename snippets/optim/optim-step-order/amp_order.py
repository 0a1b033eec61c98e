import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
w = torch.nn.Parameter(torch.tensor([1.0, 2.0], device=device))
opt = torch.optim.SGD([w], lr=0.1)
scaler = torch.amp.GradScaler(device)  # (1)!

opt.zero_grad()
loss = (w * w).sum()
scaler.scale(loss).backward()  # (2)!
print(w.grad.tolist())
#> [131072.0, 262144.0]
scaler.unscale_(opt)  # (3)!
print(w.grad.tolist())
#> [2.0, 4.0]
norm = torch.nn.utils.clip_grad_norm_([w], max_norm=1.0)
print(round(norm.item(), 4), [round(g, 4) for g in w.grad.tolist()])
#> 4.4721 [0.4472, 0.8944]
scaler.step(opt)  # (4)!
scaler.update()
print([round(v, 4) for v in w.tolist()], scaler.get_scale())
#> [0.9553, 1.9106] 65536.0
