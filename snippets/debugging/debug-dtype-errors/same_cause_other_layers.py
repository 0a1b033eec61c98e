import torch
from torch import nn

x64 = torch.randn(2, 4, 3, dtype=torch.float64)
cases = {
    "Linear": lambda: nn.Linear(3, 2)(torch.arange(6).reshape(2, 3)),  # (1)!
    "bmm": lambda: torch.bmm(torch.randn(2, 3, 4), x64),  # (2)!
    "Conv1d": lambda: nn.Conv1d(4, 1, 2)(x64),
    "LayerNorm": lambda: nn.LayerNorm(3)(x64),
    "LSTM": lambda: nn.LSTM(3, 2, batch_first=True)(x64),  # (3)!
}
for name, run in cases.items():
    try:
        run()
    except (RuntimeError, ValueError) as e:
        print(f"{name}: {type(e).__name__} - {str(e).splitlines()[0]}")
        #> Linear: RuntimeError - mat1 and mat2 must have the same dtype, but got Long and Float
        #> bmm: RuntimeError - expected scalar type Float but found Double
        #> Conv1d: RuntimeError - Input type (double) and bias type (float) should be the same
        #> LayerNorm: RuntimeError - mixed dtype (CPU): all inputs must share same datatype.
        #> LSTM: ValueError - RNN input dtype (torch.float64) does not match weight dtype (torch.float32). Convert input: input.to(torch.float32), or convert model: model.to(torch.float64)
