import torch

a = torch.ones(2, 3)
b = torch.ones(2, 3)
cases = {
    "mm": lambda: torch.mm(a, b),
    "@": lambda: a @ b,
    "bmm": lambda: torch.bmm(torch.ones(4, 2, 3), torch.ones(4, 2, 3)),
    "batch @": lambda: torch.ones(4, 2, 3) @ torch.ones(5, 3, 2),
    "mat @ vec": lambda: a @ torch.ones(2),
}
for name, op in cases.items():
    try:
        op()
    except RuntimeError as e:
        print(f"{name:9}", type(e).__name__, "-", str(e).splitlines()[0])
        #> mm        RuntimeError - mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
        #> @         RuntimeError - mat1 and mat2 shapes cannot be multiplied (2x3 and 2x3)
        #> bmm       RuntimeError - Expected size for first two dimensions of batch2 tensor to be: [4, 3] but got: [4, 2].
        #> batch @   RuntimeError - The size of tensor a (4) must match the size of tensor b (5) at non-singleton dimension 0
        #> mat @ vec RuntimeError - size mismatch, got input (2), mat (2x3), vec (2)

print((a @ b.T).shape, (a @ torch.ones(3)).shape)  # (1)!
#> torch.Size([2, 2]) torch.Size([2])
print((torch.ones(4, 2, 3) @ torch.ones(3, 5)).shape)  # (2)!
#> torch.Size([4, 2, 5])
