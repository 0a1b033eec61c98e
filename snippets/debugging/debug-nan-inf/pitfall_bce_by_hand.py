import torch
import torch.nn.functional as F

logit = torch.tensor([30.0], requires_grad=True)
target = torch.tensor([0.0])

p = torch.sigmoid(logit)
print(p.item() == 1.0)  # (1)!
#> True
manual = -(target * p.log() + (1 - target) * (1 - p).log())
manual.backward()
print(manual, logit.grad)
#> tensor([inf], grad_fn=<NegBackward0>) tensor([nan])

logit.grad = None
loss = F.binary_cross_entropy(torch.sigmoid(logit), target)  # (2)!
loss.backward()
print(loss, logit.grad)
#> tensor(100., grad_fn=<BinaryCrossEntropyBackward0>) tensor([0.])

try:
    F.binary_cross_entropy(torch.tensor([float("nan")]), target)
except RuntimeError as e:
    print(type(e).__name__, str(e).splitlines()[0])  # (3)!
    #> RuntimeError all elements of input should be between 0 and 1

logit.grad = None
loss = F.binary_cross_entropy_with_logits(logit, target)  # (4)!
loss.backward()
print(loss, logit.grad)
#> tensor(30., grad_fn=<BinaryCrossEntropyWithLogitsBackward0>) tensor([1.])
print(torch.nn.BCEWithLogitsLoss()(logit, target))
#> tensor(30., grad_fn=<BinaryCrossEntropyWithLogitsBackward0>)

eps = 1e-7
safe = -(1 - target) * (1 - p).clamp_min(eps).log()  # (5)!
print(safe)
#> tensor([16.1181], grad_fn=<MulBackward0>)
