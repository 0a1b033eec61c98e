import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.linspace(-1.0, 1.0, 8, device=device).unsqueeze(1)
y = 3.0 * x + 0.5
model = torch.nn.Linear(1, 1).to(device)
opt = torch.optim.SGD(model.parameters(), lr=0.1)

opt.zero_grad()
torch.nn.functional.mse_loss(model(x), y).backward()
full = [p.grad.clone() for p in model.parameters()]

accum_steps = 4
opt.zero_grad()
for xb, yb in zip(x.chunk(accum_steps), y.chunk(accum_steps)):
    loss = torch.nn.functional.mse_loss(model(xb), yb) / accum_steps  # (1)!
    loss.backward()  # (2)!
micro = [p.grad for p in model.parameters()]
print(all(torch.allclose(f, m, atol=1e-5) for f, m in zip(full, micro)))
#> True
opt.step()  # (3)!
opt.zero_grad()
