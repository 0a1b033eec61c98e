import torch

w = torch.tensor([0.5, -1.0], requires_grad=True)
x = torch.tensor([1.0, 2.0])

h = torch.tanh(w * x)
loss_a = h.pow(2).sum()
loss_b = (h - 1).abs().sum()
loss_a.backward(retain_graph=True)  # (1)!
grad_a = w.grad.clone()
loss_b.backward()
grad_b = w.grad - grad_a
print([round(v, 4) for v in grad_a.tolist()], [round(v, 4) for v in grad_b.tolist()])
#> [0.7269, -0.2724] [-0.7864, -0.1413]
two_passes = w.grad.clone()

w.grad = None
h = torch.tanh(w * x)
loss = h.pow(2).sum() + (h - 1).abs().sum()
loss.backward()  # (2)!
print(torch.allclose(w.grad, two_passes), [round(v, 4) for v in w.grad.tolist()])
#> True [-0.0596, -0.4137]
