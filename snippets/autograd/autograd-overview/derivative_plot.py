import matplotlib.pyplot as plt
import torch

x = torch.linspace(-4, 4, 201, requires_grad=True)
y = x * torch.sin(x)
y.sum().backward()  # (1)!

with torch.no_grad():
    exact = torch.sin(x) + x * torch.cos(x)  # (2)!
print(torch.allclose(x.grad, exact), round((x.grad - exact).abs().max().item(), 6))
#> True 0.0
for i in (0, 50, 150, 151, 200):  # (3)!
    xi, yi, gi = x[i].item(), y[i].item(), x.grad[i].item()
    print(f"x = {xi:5.2f}  y = {yi:7.4f}  dy/dx = {gi:7.4f}")
    #> x = -4.00  y = -3.0272  dy/dx =  3.3714
    #> x = -2.00  y =  1.8186  dy/dx = -0.0770
    #> x =  2.00  y =  1.8186  dy/dx =  0.0770
    #> x =  2.04  y =  1.8195  dy/dx = -0.0305
    #> x =  4.00  y = -3.0272  dy/dx = -3.3714

xs, ys, gs, es = (t.detach().cpu() for t in (x, y, x.grad, exact))
fig, ax = plt.subplots(figsize=(6.4, 3.8))
ax.plot(xs, ys, label="y = x·sin(x)")
ax.plot(xs, gs, linestyle="--", label="x.grad (autograd)")
ax.plot(xs[::10], es[::10], "o", fillstyle="none", label="sin(x) + x·cos(x) (by hand)")
ax.axhline(0, color="gray", linewidth=0.8)
ax.set(title="y = x·sin(x) and the gradient autograd computes", xlabel="x",
       ylabel="y and dy/dx")
fig.legend(loc="outside lower center", ncols=3)
plt.show()
#> [figure derivative_plot.1.svg]
