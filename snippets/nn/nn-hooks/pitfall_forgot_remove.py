import torch
from torch import nn

model = nn.Linear(2, 2)
calls = []


def start_logging(model):
    model.register_forward_hook(lambda m, args, out: calls.append(1))  # (1)!


for epoch in range(3):
    start_logging(model)
    calls.clear()
    model(torch.zeros(1, 2))
    print(epoch, "hook calls per forward:", len(calls))
    #> 0 hook calls per forward: 1
    #> 1 hook calls per forward: 2
    #> 2 hook calls per forward: 3


def log_one_batch(model, x):
    handle = model.register_forward_hook(lambda m, args, out: calls.append(1))
    try:
        return model(x)
    finally:
        handle.remove()  # (2)!


model = nn.Linear(2, 2)
for epoch in range(3):
    calls.clear()
    log_one_batch(model, torch.zeros(1, 2))
    print(epoch, "hook calls per forward:", len(calls))
    #> 0 hook calls per forward: 1
    #> 1 hook calls per forward: 1
    #> 2 hook calls per forward: 1
