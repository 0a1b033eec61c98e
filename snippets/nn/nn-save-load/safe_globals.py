import argparse

import torch
from torch import nn

model = nn.Linear(4, 2)
args = argparse.Namespace(lr=0.1, hidden=8)
torch.save({"model": model.state_dict(), "args": args}, "with_args.pt")

with torch.serialization.safe_globals([argparse.Namespace]):  # (1)!
    checkpoint = torch.load("with_args.pt")
print(checkpoint["args"])
#> Namespace(lr=0.1, hidden=8)

torch.serialization.add_safe_globals([argparse.Namespace])  # (2)!
print(torch.load("with_args.pt")["args"].lr)
#> 0.1

torch.save({"model": model.state_dict(), "args": vars(args)}, "plain.pt")  # (3)!
print(torch.load("plain.pt")["args"])
#> {'lr': 0.1, 'hidden': 8}
