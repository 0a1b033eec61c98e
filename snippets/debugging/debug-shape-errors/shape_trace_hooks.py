import torch
from torch import nn

model = nn.Sequential(
    nn.Conv2d(1, 8, kernel_size=3, padding=1),
    nn.ReLU(),
    nn.MaxPool2d(2),
    nn.Conv2d(8, 16, kernel_size=3),
    nn.ReLU(),
    nn.Flatten(),
    nn.Linear(16 * 14 * 14, 10),
)


def show_shape(module, args, output):  # (1)!
    print(f"{type(module).__name__:9} {tuple(args[0].shape)} -> {tuple(output.shape)}")
    #> Conv2d    (2, 1, 28, 28) -> (2, 8, 28, 28)
    #> ReLU      (2, 8, 28, 28) -> (2, 8, 28, 28)
    #> MaxPool2d (2, 8, 28, 28) -> (2, 8, 14, 14)
    #> Conv2d    (2, 8, 14, 14) -> (2, 16, 12, 12)
    #> ReLU      (2, 16, 12, 12) -> (2, 16, 12, 12)
    #> Flatten   (2, 16, 12, 12) -> (2, 2304)


handles = [m.register_forward_hook(show_shape) for m in model]
try:
    model(torch.ones(2, 1, 28, 28))
except RuntimeError as e:
    print(type(e).__name__, "-", str(e).splitlines()[0])  # (2)!
    #> RuntimeError - mat1 and mat2 shapes cannot be multiplied (2x2304 and 3136x10)
finally:
    for h in handles:
        h.remove()  # (3)!
