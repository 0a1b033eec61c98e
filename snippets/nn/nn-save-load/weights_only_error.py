import argparse

import torch
from torch import nn
from torch.serialization import get_unsafe_globals_in_checkpoint

model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 2))
torch.save(model, "whole_model.pt")  # (1)!
args = argparse.Namespace(lr=0.1, hidden=8)
torch.save({"model": model.state_dict(), "args": args}, "with_args.pt")  # (2)!

for path in ["whole_model.pt", "with_args.pt"]:
    try:
        torch.load(path)
    except Exception as e:
        print(path, "->", type(e).__name__, "-", str(e).split(". ")[0])
        #> whole_model.pt -> UnpicklingError - Weights only load failed
        #> with_args.pt -> UnpicklingError - Weights only load failed
        reason = next(line for line in str(e).splitlines() if "Unsupported" in line)
        print(reason.strip().split(" was not")[0])  # (3)!
        #> WeightsUnpickler error: Unsupported global: GLOBAL torch.nn.modules.container.Sequential
        #> WeightsUnpickler error: Unsupported global: GLOBAL argparse.Namespace

print(sorted(get_unsafe_globals_in_checkpoint("whole_model.pt")))  # (4)!
#> ['torch.nn.modules.activation.ReLU', 'torch.nn.modules.container.Sequential', 'torch.nn.modules.linear.Linear']
print(get_unsafe_globals_in_checkpoint("with_args.pt"))
#> ['argparse.Namespace']
