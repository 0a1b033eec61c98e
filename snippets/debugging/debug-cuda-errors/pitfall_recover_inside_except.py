import weakref

import torch

device = "cuda" if torch.cuda.is_available() else "cpu"
refs = []


def run_model(batch_size):
    activations = torch.ones(batch_size, 1024, device=device)
    refs.append(weakref.ref(activations))
    raise torch.cuda.OutOfMemoryError("stand-in for a real CUDA out of memory")  # (1)!


try:
    run_model(64)
except torch.cuda.OutOfMemoryError:
    print("inside except, activations alive:", refs[0]() is not None)  # (2)!
    #> inside except, activations alive: True

print("after except, activations alive:", refs[0]() is not None)  # (3)!
#> after except, activations alive: False
