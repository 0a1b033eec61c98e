import torch
from torch import nn

device = "cuda" if torch.cuda.is_available() else "cpu"
torch.manual_seed(0)
x = torch.randn(8, 3).to(device)
y = torch.randn(8, 1).to(device)
model = nn.Linear(3, 1).to(device)
loss_fn = nn.MSELoss()


def backward_error(loss):
    try:
        loss.backward()
        return "ok"
    except RuntimeError as e:
        return f"{type(e).__name__} - {str(e).splitlines()[0]}"


print(backward_error(loss_fn(model(x).detach(), y)))  # (1)!
#> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn
with torch.no_grad():
    loss = loss_fn(model(x), y)  # (2)!
print(backward_error(loss))
#> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn
loss = torch.tensor(loss_fn(model(x), y).item())  # (3)!
print(backward_error(loss))
#> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn
model.requires_grad_(False)  # (4)!
print(backward_error(loss_fn(model(x), y)))
#> RuntimeError - element 0 of tensors does not require grad and does not have a grad_fn

model.requires_grad_(True)
loss = loss_fn(model(x), y)
print(loss.requires_grad, loss.grad_fn is not None, backward_error(loss))
#> True True ok
print(model.weight.grad.shape)
#> torch.Size([1, 3])
