import torch
from torch.utils.data import DataLoader

attempts = {
    "torch.ones(2).pin_memory()": lambda: torch.ones(2).pin_memory(),
    "torch.empty(2, pin_memory=True)": lambda: torch.empty(2, pin_memory=True),
    'torch.cuda.set_sync_debug_mode("warn")': (
        lambda: torch.cuda.set_sync_debug_mode("warn")
    ),
}
for code, attempt in attempts.items():
    try:
        attempt()
    except (AssertionError, RuntimeError) as e:
        print(f"{code}\n  -> {type(e).__name__} - {str(e).split(';')[0]}")
        #> torch.ones(2).pin_memory()
        #>   -> RuntimeError - Cannot access accelerator device when none is available.
        #> torch.empty(2, pin_memory=True)
        #>   -> RuntimeError - pin_memory=True requires a CUDA or other accelerator backend
        #> torch.cuda.set_sync_debug_mode("warn")
        #>   -> AssertionError - Torch not compiled with CUDA enabled

loader = DataLoader(torch.arange(4), batch_size=2, pin_memory=True)
print([batch.is_pinned() for batch in loader])
#> [False, False]
