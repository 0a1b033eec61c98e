import torch
from torch import nn

print(torch.cuda.is_available())
#> False
attempts = {
    "torch.ones(1).cuda()": lambda: torch.ones(1).cuda(),
    'torch.ones(1).to("cuda")': lambda: torch.ones(1).to("cuda"),
    "nn.Linear(2, 2).cuda()": lambda: nn.Linear(2, 2).cuda(),
}
for code, attempt in attempts.items():
    try:
        attempt()
    except (AssertionError, RuntimeError) as e:
        print(code, "->", type(e).__name__, "-", e)
        #> torch.ones(1).cuda() -> AssertionError - Torch not compiled with CUDA enabled
        #> torch.ones(1).to("cuda") -> AssertionError - Torch not compiled with CUDA enabled
        #> nn.Linear(2, 2).cuda() -> AssertionError - Torch not compiled with CUDA enabled
