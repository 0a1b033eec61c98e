import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
kept, logged = [], []
for step in range(3):
    loss = (w * (step + 1)).pow(2).sum()
    kept.append(loss.clone())  # (1)!
    logged.append(loss.detach())

print(kept[0].requires_grad, logged[0].requires_grad)
#> True False

node, chain = kept[0].grad_fn, []
while node is not None:
    chain.append(type(node).__name__)
    node = node.next_functions[0][0] if node.next_functions else None
print(" -> ".join(chain))
#> CloneBackward0 -> SumBackward0 -> PowBackward0 -> MulBackward0 -> AccumulateGrad

torch.stack(kept).sum().backward()  # (2)!
print(w.grad.tolist())
#> [28.0, 56.0]
print(torch.stack(logged).sum().requires_grad)
#> False
