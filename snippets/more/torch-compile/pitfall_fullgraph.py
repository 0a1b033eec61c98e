import torch


def step(x):
    y = x * 2
    print("debug:", y.shape)
    return y + 1


torch.compiler.reset()
try:
    torch.compile(step, fullgraph=True, backend="eager")(torch.ones(3))  # (1)!
except Exception as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])
    #> Unsupported - Failed to trace builtin operator


def step_fixed(x):
    return x * 2 + 1


torch.compiler.reset()
fixed = torch.compile(step_fixed, fullgraph=True, backend="eager")
print(fixed(torch.ones(3)).tolist())
#> [3.0, 3.0, 3.0]


def with_item(x):
    return x * x.sum().item()


torch.compiler.reset()
compiled = torch.compile(with_item, fullgraph=True, backend="eager")
print(compiled(torch.ones(3)).tolist())  # (2)!
#> [3.0, 3.0, 3.0]
