import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
x = torch.tensor([1.5, 2.5, 3.5], device=device, requires_grad=True)

arr = x.detach().cpu().numpy()  # (1)!
print(arr.tolist(), arr.dtype)
#> [1.5, 2.5, 3.5] float32

losses = [torch.tensor(v, device=device) for v in (0.5, 0.25, 0.125)]
total = torch.zeros((), device=device)
for loss in losses:
    total += loss.detach()  # (2)!
print(total.item())
#> 0.875

per_item = [v.item() for v in x.detach()]  # (3)!
at_once = x.detach().tolist()
print(per_item == at_once, at_once)
#> True [1.5, 2.5, 3.5]
