import torch
import torch._dynamo


def with_print(x):
    y = x * 2
    print("inside with_print")
    #> inside with_print
    #> inside with_print
    return y + 1


def with_item(x):
    scale = x.sum().item()
    return x * scale


torch.compiler.reset()
report = torch._dynamo.explain(with_print)(torch.ones(3))  # (1)!
print(report.graph_count, report.graph_break_count)
#> 2 1
print(str(report.break_reasons[0].reason).splitlines()[0])  # (2)!
#> Failed to trace builtin operator

report = torch._dynamo.explain(with_item)(torch.ones(3))
print(report.graph_count, report.graph_break_count)
#> 2 1
print(str(report.break_reasons[0].reason).splitlines()[0])
#> Unsupported Tensor.item() call with capture_scalar_outputs=False

torch.compiler.reset()
out = torch.compile(with_print, backend="eager")(torch.ones(3))  # (3)!
print(out.tolist())
#> [3.0, 3.0, 3.0]
