import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)

torch.autograd.backward([a * b, a + b])  # (1)!
print(a.grad.item(), b.grad.item())
#> 4.0 3.0

a.grad, b.grad = None, None
weights = [torch.tensor(1.0), torch.tensor(10.0)]
torch.autograd.backward([a * b, a + b], grad_tensors=weights)
print(a.grad.item(), b.grad.item())
#> 13.0 12.0

a.grad, b.grad = None, None
(a * b).backward(inputs=[a])  # (2)!
print(a.grad.item(), b.grad)
#> 3.0 None
