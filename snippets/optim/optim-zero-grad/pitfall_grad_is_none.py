import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
model = torch.nn.Linear(3, 1).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
x = torch.ones(4, 3, device=device)

model(x).sum().backward()
opt.step()
opt.zero_grad()
norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # (1)!
print(norm.item())
#> 0.0

try:
    for p in model.parameters():
        p.grad.zero_()  # (2)!
except AttributeError as e:
    print(type(e).__name__, "-", e)
    #> AttributeError - 'NoneType' object has no attribute 'zero_'

model(x).sum().backward()
norm = torch.nn.utils.clip_grad_norm_(model.parameters(), max_norm=1.0)  # (3)!
print(round(norm.item(), 4))
#> 8.0
opt.step()
opt.zero_grad()
grads = [p.grad for p in model.parameters() if p.grad is not None]  # (4)!
print(len(grads))
#> 0
