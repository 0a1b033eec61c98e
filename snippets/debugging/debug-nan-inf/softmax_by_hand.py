import torch
import torch.nn.functional as F

logits = torch.tensor([[100.0, 90.0, 0.0]], requires_grad=True)
target = torch.tensor([0])

probs = logits.exp() / logits.exp().sum(dim=1, keepdim=True)  # (1)!
manual = -probs[0, target].log().mean()
print(logits.exp())
#> tensor([[inf, inf, 1.]], grad_fn=<ExpBackward0>)
print(probs, manual)
#> tensor([[nan, nan, 0.]], grad_fn=<DivBackward0>) tensor(nan, grad_fn=<NegBackward0>)
manual.backward()
print(logits.grad)
#> tensor([[nan, nan, nan]])

logits.grad = None
log_probs = F.log_softmax(logits, dim=1)  # (2)!
loss = F.nll_loss(log_probs, target)
loss.backward()
print(log_probs)
#> tensor([[-4.5418e-05, -1.0000e+01, -1.0000e+02]],
#>        grad_fn=<LogSoftmaxBackward0>)
print(f"{loss.item():.6f}", torch.isfinite(logits.grad).all().item())
#> 0.000045 True
print(f"{F.cross_entropy(logits, target).item():.6f}")  # (3)!
#> 0.000045
