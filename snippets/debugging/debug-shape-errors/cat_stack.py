import torch

x = torch.ones(2, 3)
cases = {
    "cat dim=0": lambda: torch.cat([x, torch.ones(2, 4)]),
    "cat dim=1": lambda: torch.cat([x, torch.ones(3, 3)], dim=1),
    "cat ndim": lambda: torch.cat([x, torch.ones(3)]),
    "stack": lambda: torch.stack([x, torch.ones(3, 3)]),
}
for name, op in cases.items():
    try:
        op()
    except RuntimeError as e:
        print(f"{name:9}", type(e).__name__, "-", str(e).splitlines()[0])
        #> cat dim=0 RuntimeError - Sizes of tensors must match except in dimension 0. Expected size 3 but got size 4 for tensor number 1 in the list.
        #> cat dim=1 RuntimeError - Sizes of tensors must match except in dimension 1. Expected size 2 but got size 3 for tensor number 1 in the list.
        #> cat ndim  RuntimeError - Tensors must have same number of dimensions: got 2 and 1
        #> stack     RuntimeError - stack expects each tensor to be equal size, but got [2, 3] at entry 0 and [3, 3] at entry 1

print(torch.cat([x, torch.ones(2, 4)], dim=1).shape)  # (1)!
#> torch.Size([2, 7])
print(torch.cat([x, torch.ones(3, 3)]).shape, torch.stack([x, x]).shape)  # (2)!
#> torch.Size([5, 3]) torch.Size([2, 2, 3])
