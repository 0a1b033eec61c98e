import torch
from torch import nn
import torch.nn.functional as F

model = nn.Linear(4, 3)
inputs = torch.randn(8, 4)
target = torch.randint(0, 3, (8,))
zeros = torch.zeros(8, 3)

cases = [
    ("input", lambda: model(inputs.to("meta"))),  # (1)!
    ("model", lambda: nn.Linear(4, 3, device="meta")(inputs)),  # (2)!
    ("target", lambda: F.cross_entropy(model(inputs), target.to("meta"))),  # (3)!
    ("mse", lambda: F.mse_loss(model(inputs), zeros.to("meta"))),
    ("fixed", lambda: F.cross_entropy(model(inputs), target)),
    ("no bias", lambda: F.linear(inputs.to("meta"), model.weight)),  # (4)!
]
for label, fn in cases:
    try:
        fn()
        result = "ok"
    except RuntimeError as e:
        result = f"{type(e).__name__} - {str(e).splitlines()[0]}"
    print(label, "->", result)
    #> input -> RuntimeError - Tensor on device cpu is not on the expected device meta!
    #> model -> RuntimeError - Tensor on device meta is not on the expected device cpu!
    #> target -> RuntimeError - Tensor on device cpu is not on the expected device meta!
    #> mse -> RuntimeError - Tensor on device meta is not on the expected device cpu!
    #> fixed -> ok
    #> no bias -> ok
